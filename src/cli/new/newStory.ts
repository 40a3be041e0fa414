/**
 * `npm run story -- new <article.txt> --published YYYY-MM-DD --lang nl|en [--slug s] [--force]`:
 * creates data/stories/<slug>/ with the article and a draft story.json of suggested events.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import {
	knownActorsSchema,
	slugify,
	type KnownActors,
	type StoryActor
} from '../../lib/authoring/suggest/actors';
import { draftStory } from '../../lib/authoring/suggest/draftStory';
import type { ArticleLang } from '../../lib/authoring/suggest/language';
import { suggestEvents, type Suggestion } from '../../lib/authoring/suggest/suggest';
import { parseCalendarDate } from '../../lib/story/calendarDate';
import { linkStory } from '../../lib/story/linkStory';
import { splitArticle } from '../../lib/story/paragraphs';
import { formatProblem, problemsFromZod } from '../../lib/story/problems';
import { InputError, readData, shown } from './projectData';
import { gazetteerSchema, storySchema, type GazetteerFile } from '../../lib/story/schema';
import type { Command } from '../command';
import { writeStoryFolder } from './writeStoryFolder';

const USAGE =
	'usage: npm run story -- new <article.txt> --published YYYY-MM-DD --lang nl|en [--slug <slug>] [--force] [--data <dir>]';

export interface NewStoryOptions {
	articleFile: string;
	published: string;
	lang: ArticleLang;
	slug: string;
	force: boolean;
	dataDir: string;
}

export const newCommand: Command = {
	summary: 'new <article.txt> --published YYYY-MM-DD --lang nl|en: a draft story of suggested events',
	async run(args) {
		try {
			const options = parseOptions(args);
			const { folder, suggestions } = await createStory(options);
			console.log(
				`${shown(folder)}: ${suggestions.length} suggested event${suggestions.length === 1 ? '' : 's'}, all drafts. Review story.json, then confirm each by deleting "draft": true (see README, Authoring).`
			);
			for (const s of suggestions) console.log(`  ${summaryLine(s)}`);
			return 0;
		} catch (error) {
			if (!(error instanceof InputError)) throw error;
			console.error(`story new: ${error.message}`);
			return error.message.startsWith('usage') ? 2 : 1;
		}
	}
};

export function parseOptions(args: string[]): NewStoryOptions {
	let parsed;
	try {
		parsed = parseArgs({
			args,
			allowPositionals: true,
			options: {
				published: { type: 'string' },
				lang: { type: 'string' },
				slug: { type: 'string' },
				force: { type: 'boolean', default: false },
				data: { type: 'string' }
			}
		});
	} catch (error) {
		throw new InputError(`${error instanceof Error ? error.message : String(error)} (${USAGE})`, {
			cause: error
		});
	}
	const { values, positionals } = parsed;
	if (positionals.length === 0) throw new InputError(`${USAGE}: expected the article's text file`);
	if (positionals.length > 1)
		throw new InputError(`expected one article file, found ${positionals.length}: ${positionals.join(', ')}`);
	const articleFile = positionals[0];

	const published = values.published;
	if (published === undefined)
		throw new InputError('--published: expected the publication date as YYYY-MM-DD (missing)');
	if (!/^\d{4}-\d{2}-\d{2}$/.test(published) || !parseCalendarDate(published))
		throw new InputError(
			`--published: expected the publication date as YYYY-MM-DD, a day that exists (found "${published}")`
		);

	const lang = values.lang;
	if (lang !== 'nl' && lang !== 'en')
		throw new InputError(
			`--lang: expected the article's language, "nl" or "en" (found ${lang === undefined ? 'nothing' : `"${lang}"`})`
		);

	const slug = values.slug ?? slugify(basename(articleFile, extname(articleFile)));
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
		throw new InputError(`--slug: expected lower-case letters, digits and hyphens (found "${slug}")`);

	return {
		articleFile,
		published,
		lang,
		slug,
		force: values.force,
		dataDir: values.data ?? join(process.cwd(), 'data')
	};
}

/** Reads, suggests, checks the draft against the schema and writes the folder. */
export async function createStory(
	options: NewStoryOptions
): Promise<{ folder: string; suggestions: Suggestion[] }> {
	const folder = join(options.dataDir, 'stories', options.slug);
	if (existsSync(folder) && !options.force)
		throw new InputError(`${shown(folder)} already exists; pass --force to replace it`);
	const articleText = readArticle(options.articleFile);
	// The header's date ("date 2022-01") is a check on --published, which every date counts from.
	const headerDate = splitArticle(articleText).header.date;
	if (headerDate && !options.published.startsWith(headerDate))
		throw new InputError(
			`--published: expected a day within the article's header date ${headerDate} (found "${options.published}")`
		);
	const gazetteer = readData(join(options.dataDir, 'places.json'), gazetteerSchema);
	const knownActors: KnownActors = readData(join(options.dataDir, 'actors.json'), knownActorsSchema);

	const { suggestions, actors } = suggestEvents({
		articleText,
		lang: options.lang,
		published: options.published,
		gazetteer,
		knownActors,
		storyActors: existingActors(folder)
	});
	if (suggestions.length === 0)
		throw new InputError(
			`article ${options.articleFile}: found no sentence with a date; a story needs at least one event, so nothing was written`
		);
	const story = draftStory({
		articleText,
		lang: options.lang,
		published: options.published,
		suggestions,
		actors
	});
	checkDraft(story, articleText, gazetteer, options.slug);

	// Formatted as the project's own files are, so `npm run lint` passes on a new story.
	const prettierOptions = (await resolveConfig(join(process.cwd(), 'data', 'story.json'))) ?? {};
	const json = await format(JSON.stringify(story), { ...prettierOptions, parser: 'json' });
	writeStoryFolder(
		options.dataDir,
		options.slug,
		{ 'article.txt': articleText, 'story.json': json },
		{ replace: options.force }
	);
	return { folder, suggestions };
}

/**
 * The actors of the story being replaced (--force), so that suggestions keep their ids
 * ("ryabkov", not "sergej-rjabkov"). A story that does not parse has none to offer.
 */
function existingActors(folder: string): Record<string, StoryActor> {
	try {
		const story = storySchema.safeParse(JSON.parse(readFileSync(join(folder, 'story.json'), 'utf8')));
		return story.success ? story.data.actors : {};
	} catch {
		return {};
	}
}

function readArticle(file: string): string {
	if (!existsSync(file)) throw new InputError(`article ${file}: no such file`);
	if (!statSync(file).isFile()) throw new InputError(`article ${file}: expected a text file, found a folder`);
	const text = readFileSync(file, 'utf8');
	if (splitArticle(text).paragraphs.length === 0)
		throw new InputError(`article ${file}: expected the article's text, found an empty file`);
	return text;
}

/** The draft must load like any story; a failure here is a bug in the suggester, said plainly. */
function checkDraft(story: unknown, articleText: string, gazetteer: GazetteerFile, slug: string): void {
	const parsed = storySchema.safeParse(story);
	const problems = parsed.success
		? linkStory({
				slug,
				storyFile: 'story.json',
				articleFile: 'article.txt',
				gazetteerFile: 'places.json',
				story: parsed.data,
				articleText,
				gazetteer
			}).problems.filter((p) => p.severity === 'error')
		: problemsFromZod('story.json', parsed.error.issues);
	if (problems.length > 0)
		throw new Error(
			`the suggested story does not pass the schema (a bug): ${problems.map(formatProblem).join('; ')}`
		);
}

function summaryLine(s: Suggestion): string {
	const date = s.end ? `${s.start}/${s.end}` : s.start;
	return [
		s.paragraph.padEnd(4),
		date.padEnd(21),
		(s.place ?? '-').padEnd(22),
		s.status.padEnd(9),
		s.confidence.toFixed(2),
		`“${s.dateText}”`
	].join(' ');
}
