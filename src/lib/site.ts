/**
 * The site's public address, needed where a URL must be absolute: canonical links, oEmbed,
 * embed snippets and social cards. A deployment sets SITE_URL at build time; data/site.json
 * holds the default. Build time only (reads the file system).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const SITE_FILE = 'data/site.json';
const siteSchema = z.strictObject({ url: z.url({ protocol: /^https?$/ }) });

/** The site's origin and base path, without a trailing slash, e.g. "https://example.org/timeline". */
export function siteUrl(): string {
	const fromEnv = process.env.SITE_URL?.trim();
	const raw = fromEnv || siteSchema.parse(JSON.parse(readFileSync(SITE_FILE, 'utf8'))).url;
	const checked = siteSchema.safeParse({ url: raw });
	if (!checked.success)
		throw new Error(
			`${fromEnv ? 'SITE_URL' : SITE_FILE}: url: expected an http(s) address (found: ${JSON.stringify(raw)})`
		);
	return checked.data.url.replace(/\/+$/, '');
}
