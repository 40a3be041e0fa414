/**
 * The site's public address, needed where a URL must be absolute: canonical links, oEmbed,
 * embed snippets and social cards. A deployment sets SITE_URL at build time; data/site.json
 * holds the default. Build time only (reads the file system).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const SITE_FILE = 'data/site.json';
const address = z.url({ protocol: /^https?$/ });

function fromFile(): unknown {
	try {
		return (JSON.parse(readFileSync(SITE_FILE, 'utf8')) as { url?: unknown }).url;
	} catch (error) {
		throw new Error(`${SITE_FILE}: expected a JSON object with "url" (found: ${(error as Error).message})`, {
			cause: error
		});
	}
}

/** The site's origin and base path, without a trailing slash, e.g. "https://example.org/timeline". */
export function siteUrl(): string {
	const fromEnv = process.env.SITE_URL?.trim();
	const raw = fromEnv || fromFile();
	const checked = address.safeParse(raw);
	if (!checked.success)
		throw new Error(
			`${fromEnv ? 'SITE_URL' : SITE_FILE}: url: expected an http(s) address (found: ${JSON.stringify(raw)})`
		);
	return checked.data.replace(/\/+$/, '');
}
