/**
 * Reads, validates and links stories from the data folder. Build time only (Node): pages call
 * it from server load functions, which run during prerendering.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { ATLAS_COUNTRY_CODES } from '$lib/map/atlasCodes';
import { linkStory } from './linkStory';
import { type DataProblem, problemsFromZod, StoryDataError } from './problems';
import { gazetteerSchema, storySchema } from './schema';
import type { Story } from './types';

export const DATA_DIR = join(process.cwd(), 'data');

/**
 * Published story slugs: the folders under data/stories that hold a story.json with at least one
 * confirmed event. A draft (every event still a suggestion, as `npm run story -- new` writes it)
 * is left out of the index and the routes, with a line in the build log.
 */
export function listStorySlugs(dataDir = DATA_DIR): string[] {
	return listStoryFolders(dataDir).filter((slug) => {
		const drafts = unconfirmedDraft(join(dataDir, 'stories', slug, 'story.json'));
		if (drafts === null) return true;
		const logged = join(dataDir, slug);
		if (!reportedDrafts.has(logged)) {
			reportedDrafts.add(logged);
			console.info(
				`story "${slug}" is not published: none of its ${drafts} suggested event${drafts === 1 ? ' is' : 's are'} confirmed yet (delete "draft": true to confirm one)`
			);
		}
		return false;
	});
}

/** Every story folder, drafts included: what the tests check. */
export function listStoryFolders(dataDir = DATA_DIR): string[] {
	const storiesDir = join(dataDir, 'stories');
	if (!existsSync(storiesDir)) return [];
	return readdirSync(storiesDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(storiesDir, entry.name, 'story.json')))
		.map((entry) => entry.name)
		.sort();
}

const reportedDrafts = new Set<string>();

/**
 * The number of events when every one is a draft, else null. A file that does not parse counts
 * as published, so that loading it reports its problems instead of hiding the story.
 */
function unconfirmedDraft(storyFile: string): number | null {
	try {
		const events: unknown = JSON.parse(readFileSync(storyFile, 'utf8')).events;
		if (!Array.isArray(events) || events.length === 0) return null;
		return events.every((event) => (event as { draft?: unknown } | null)?.draft === true)
			? events.length
			: null;
	} catch {
		return null;
	}
}

/** Validates one story; returns it with any warnings, or only the problems. */
export function checkStory(slug: string, dataDir = DATA_DIR): { story?: Story; problems: DataProblem[] } {
	// Paths as the author knows them: relative to the project when inside it.
	const shown = (path: string) => {
		const fromProject = relative(process.cwd(), path);
		return fromProject.startsWith('..') ? path : fromProject;
	};
	const storyFile = shown(join(dataDir, 'stories', slug, 'story.json'));
	const articleFile = shown(join(dataDir, 'stories', slug, 'article.txt'));
	const gazetteerFile = shown(join(dataDir, 'places.json'));

	const problems: DataProblem[] = [];
	const gazetteer = readJson(join(dataDir, 'places.json'), gazetteerFile, gazetteerSchema, problems);
	const story = readJson(join(dataDir, 'stories', slug, 'story.json'), storyFile, storySchema, problems);
	const articleText = readText(join(dataDir, 'stories', slug, 'article.txt'), articleFile, problems);
	if (!gazetteer || !story || articleText === undefined) return { problems };

	const linked = linkStory({
		slug,
		storyFile,
		articleFile,
		gazetteerFile,
		story,
		articleText,
		gazetteer,
		countryCodes: ATLAS_COUNTRY_CODES
	});
	return { story: linked.story, problems: [...problems, ...linked.problems] };
}

/** Loads one story or throws a StoryDataError listing every problem. */
export function loadStory(slug: string, dataDir = DATA_DIR): Story {
	const { story, problems } = checkStory(slug, dataDir);
	if (!story) throw new StoryDataError(problems);
	return story;
}

export function loadAllStories(dataDir = DATA_DIR): Story[] {
	return listStorySlugs(dataDir).map((slug) => loadStory(slug, dataDir));
}

function readText(path: string, file: string, problems: DataProblem[]): string | undefined {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		problems.push({
			file,
			path: '',
			message: 'expected this file to exist and be readable',
			found: 'no such file',
			severity: 'error'
		});
		return undefined;
	}
}

function readJson<T extends z.ZodType>(
	path: string,
	file: string,
	schema: T,
	problems: DataProblem[]
): z.output<T> | undefined {
	const text = readText(path, file, problems);
	if (text === undefined) return undefined;
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		problems.push({
			file,
			path: '',
			message: `expected valid JSON: ${jsonErrorLocation(text, error)}`,
			severity: 'error'
		});
		return undefined;
	}
	const result = schema.safeParse(data, { reportInput: true });
	if (!result.success) {
		problems.push(...problemsFromZod(file, result.error.issues));
		return undefined;
	}
	return result.data;
}

/**
 * Says where JSON breaks, as "line 5, column 9: a value was expected (found "}")", so an author
 * can find the typo. JSON.parse's own message has no position on Node 20; jsonc-parser's
 * scanner gives the offset of the first error.
 */
export function jsonErrorLocation(text: string, error: unknown): string {
	const errors: ParseError[] = [];
	parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false });
	const first = errors[0];
	if (!first) return error instanceof Error ? error.message : String(error);
	const before = text.slice(0, first.offset);
	const line = before.split('\n').length;
	const column = first.offset - before.lastIndexOf('\n');
	const found =
		text.slice(first.offset, first.offset + Math.max(first.length, 1)).trim() || 'the end of the file';
	return `line ${line}, column ${column}: ${JSON_ERRORS[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error)} (found: ${JSON.stringify(found)})`;
}

const JSON_ERRORS: Record<string, string> = {
	InvalidSymbol: 'a character that JSON does not allow',
	InvalidNumberFormat: 'a malformed number',
	PropertyNameExpected: 'a property name in double quotes was expected',
	ValueExpected: 'a value was expected',
	ColonExpected: 'a colon was expected',
	CommaExpected: 'a comma was expected',
	CloseBraceExpected: 'a closing } was expected',
	CloseBracketExpected: 'a closing ] was expected',
	EndOfFileExpected: 'the file should end here',
	InvalidCommentToken: 'comments are not allowed in JSON',
	UnexpectedEndOfComment: 'comments are not allowed in JSON',
	UnexpectedEndOfString: 'a string is not closed',
	UnexpectedEndOfNumber: 'a number is cut off',
	InvalidUnicode: 'a malformed \\u escape',
	InvalidEscapeCharacter: 'a malformed escape with \\',
	InvalidCharacter: 'a character that must be escaped inside a string'
};
