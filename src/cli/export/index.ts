/**
 * `npm run story -- export <story> --format timelinejs|csv|ics [--lang nl|en] [--out <file>]`:
 * the same files the site offers for download, to standard output or written atomically.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Command } from '../command';
import { isLang, type Lang } from '$lib/i18n/lang';
import { storyPath } from '$lib/i18n/paths';
import { EXPORT_FORMATS, type ExportFormat } from '$lib/interchange/exportFormats';
import { buildTime } from '$lib/interchange/buildTime';
import { renderExport } from '$lib/interchange/renderExport';
import { checkStory, DATA_DIR, listStorySlugs } from '$lib/story/loadStory';
import { formatProblem } from '$lib/story/problems';
import { siteUrl } from '$lib/site';
import { writeFileAtomically } from '../import/writeFolder';
import { shownPath } from '../validate';

const FORMATS = Object.keys(EXPORT_FORMATS) as ExportFormat[];

export const exportStory: Command = {
	summary: `export <story> --format ${FORMATS.join('|')} [--lang nl|en] [--out <file>]: a story as a file for other tools`,
	async run(args) {
		let parsed;
		try {
			parsed = parseArgs({
				args,
				allowPositionals: true,
				options: {
					format: { type: 'string' },
					lang: { type: 'string', default: 'nl' },
					out: { type: 'string' },
					data: { type: 'string', default: DATA_DIR }
				}
			});
		} catch (error) {
			console.error(`export: ${(error as Error).message}`);
			return 2;
		}
		const { values, positionals } = parsed;
		const [slug] = positionals;
		const format = values.format as ExportFormat;
		const lang = values.lang as Lang;
		if (positionals.length !== 1)
			return fail('export: expected one story (usage: npm run story -- export <story> --format ics)');
		if (!FORMATS.includes(format))
			return fail(
				`--format: expected ${FORMATS.join(', ')} (found: ${JSON.stringify(values.format ?? null)})`
			);
		if (!isLang(lang)) return fail(`--lang: expected "nl" or "en" (found: ${JSON.stringify(values.lang)})`);
		const known = listStorySlugs(values.data);
		if (!known.includes(slug))
			return fail(
				`${shownPath(join(values.data, 'stories', slug))}: no such story (known: ${known.join(', ') || 'none'})`
			);

		const { story, problems } = checkStory(slug, values.data);
		if (!story) {
			const first = problems.find((p) => p.severity === 'error')!;
			return fail(
				`${slug}: the story has errors; run npm run story -- validate ${slug} (first: ${formatProblem(first)})`
			);
		}
		let content: string;
		try {
			content = renderExport(story, lang, format, {
				storyUrl: `${siteUrl()}${storyPath(lang, slug)}`,
				stamp: buildTime()
			});
		} catch (error) {
			// A bad SITE_URL or SOURCE_DATE_EPOCH: the message names it; one line, no stack.
			return fail((error as Error).message);
		}
		if (values.out) writeFileAtomically(values.out, content);
		else process.stdout.write(content);
		return 0;
	}
};

function fail(message: string): number {
	console.error(message);
	return 1;
}
