/**
 * `npm run story -- import <file.json>`: a TimelineJS3 file becomes a story folder
 * (data/stories/<slug>/story.json + article.txt). Any problem is one line naming it, exit 1,
 * and no folder is written; an existing story is replaced only with --force.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Command } from '../command';
import { isLang } from '$lib/i18n/lang';
import { importTimelineJs, TimelineImportError } from '$lib/interchange/importTimelineJs';
import { parseCalendarDate, CALENDAR_DATE_FORMS } from '$lib/story/calendarDate';
import { linkStory } from '$lib/story/linkStory';
import { DATA_DIR, jsonErrorLocation } from '$lib/story/loadStory';
import { formatProblem } from '$lib/story/problems';
import { gazetteerSchema, storySchema } from '$lib/story/schema';
import { shownPath } from '../validate';
import { formatJson } from './formatJson';
import { writeFolderAtomically } from './writeFolder';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A problem that stops the import: printed as one line. */
class Stop extends Error {}

export const importStory: Command = {
	summary:
		'import <timeline.json> [--slug <name>] [--lang en|nl] [--published YYYY-MM-DD] [--force]: a TimelineJS3 file as a new story',
	async run(args) {
		try {
			return await run(args);
		} catch (error) {
			if (error instanceof Stop || error instanceof TimelineImportError) {
				console.error(error.message);
				return 1;
			}
			throw error;
		}
	}
};

async function run(args: string[]): Promise<number> {
	const { values, positionals } = parseOptions(args);
	const [input] = positionals;
	const dataDir = values.data;
	const lang = values.lang;
	if (!isLang(lang)) throw new Stop(`--lang: expected "en" or "nl" (found: ${JSON.stringify(lang)})`);
	const published = values.published ?? today();
	if (!parseCalendarDate(published)) {
		throw new Stop(`--published: expected ${CALENDAR_DATE_FORMS} (found: ${JSON.stringify(published)})`);
	}

	const text = readInput(input);
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new Stop(`${input}: expected a TimelineJS3 file in JSON: ${jsonErrorLocation(text, error)}`);
	}

	const gazetteer = gazetteerSchema.parse(JSON.parse(readFileSync(join(dataDir, 'places.json'), 'utf8')));
	const imported = importTimelineJs(data, {
		file: input,
		lang,
		published,
		takenPlaceIds: Object.keys(gazetteer.places)
	});
	const slug = values.slug ?? imported.slug;
	if (!SLUG.test(slug)) {
		throw new Stop(
			`--slug: expected lower-case letters, digits and hyphens (found: ${JSON.stringify(slug)})`
		);
	}
	const target = join(dataDir, 'stories', slug);
	if (existsSync(target) && !values.force) {
		throw new Stop(
			`${shownPath(target)}: a story is already there; choose another --slug, or replace it with --force`
		);
	}

	// The story must pass the build's own checks before anything is written.
	const storyFile = shownPath(join(target, 'story.json'));
	const linked = linkStory({
		slug,
		storyFile,
		articleFile: shownPath(join(target, 'article.txt')),
		gazetteerFile: shownPath(join(dataDir, 'places.json')),
		story: storySchema.parse(imported.story),
		articleText: imported.article,
		gazetteer
	});
	const errors = linked.problems.filter((p) => p.severity === 'error');
	if (errors.length > 0)
		throw new Stop(`${input}: the imported story would not build: ${formatProblem(errors[0])}`);

	const storyJson = await formatJson(JSON.stringify(imported.story, null, '\t'), join(target, 'story.json'));
	writeFolderAtomically(
		target,
		{ 'story.json': storyJson, 'article.txt': imported.article },
		{ replace: values.force }
	);

	for (const warning of imported.warnings) console.error(formatProblem(warning));
	const story = linked.story!;
	const places = Object.keys(story.places).length;
	console.log(
		`${shownPath(target)}: imported ${story.events.length} events, ${places} place${places === 1 ? '' : 's'}, ${story.article.paragraphs.length} paragraphs` +
			(imported.warnings.length
				? ` (${imported.warnings.length} warning${imported.warnings.length === 1 ? '' : 's'} above)`
				: '') +
			`. Translate the ${lang === 'en' ? 'Dutch' : 'English'} texts, then: npm run story -- validate ${slug}`
	);
	return 0;
}

function parseOptions(args: string[]) {
	try {
		const parsed = parseArgs({
			args,
			allowPositionals: true,
			options: {
				slug: { type: 'string' },
				lang: { type: 'string', default: 'en' },
				published: { type: 'string' },
				force: { type: 'boolean', default: false },
				data: { type: 'string', default: DATA_DIR }
			}
		});
		if (parsed.positionals.length !== 1)
			throw new Stop(
				'import: expected one TimelineJS3 file (usage: npm run story -- import <timeline.json>)'
			);
		return parsed;
	} catch (error) {
		if (error instanceof Stop) throw error;
		throw new Stop(`import: ${(error as Error).message}`, { cause: error });
	}
}

function readInput(input: string): string {
	try {
		return readFileSync(input, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new Stop(
			`${input}: expected a readable TimelineJS3 file (found: ${code === 'ENOENT' ? 'no such file' : code})`,
			{
				cause: error
			}
		);
	}
}

/** Today as YYYY-MM-DD in the author's time zone. */
function today(): string {
	const now = new Date();
	const two = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
