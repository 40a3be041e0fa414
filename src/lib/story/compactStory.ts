/**
 * A large story as compact JSON in two parts, so that its timeline draws before the rest has
 * arrived: a timeline index per language (what the timeline draws: ids, dates, flags, the
 * headline in the page's language, places) and the details (both languages' headlines and
 * summaries, sources, actors, the article), fetched after the first paint. At 10,000 events an
 * index is about a fifth of the story; downloading, handing over and parsing the whole story was
 * most of the time to a drawn timeline.
 *
 * Each event is one array (a row) instead of an object with nested date objects and empty
 * lists; dates are written as in story files ("2022-01-10", "2022-01", "2022") and parsed once
 * per distinct date.
 *
 * Index row:   [id, start, end or "", flags, headline, place id or ""]
 *              flags: 1 = approximate, 2 = announced; the headline in the index's `lang`
 * Details row: [id, headline nl, headline en, summary nl, summary en, rest?], in the index's
 *              order; `rest` holds the event's other fields when it has any (date note, type,
 *              actors, sources, questions).
 */
import type { Lang, Localized } from '$lib/i18n/lang';
import { CALENDAR_DATE_FORMS, parseCalendarDate, type CalendarDate } from './calendarDate';
import type { Story, StoryEvent, TimelineEvent, TimelineStory } from './types';

export const STORY_INDEX_FORMAT = 'diplomatic-timeline/story-index@1';
export const STORY_DETAILS_FORMAT = 'diplomatic-timeline/story-details@1';

const APPROXIMATE = 1;
const ANNOUNCED = 2;

export type IndexRow = [string, string, string, number, string, string];
/** The fields of an event the rows carry in columns; anything else of an event goes in `rest`. */
const COLUMNS = ['id', 'start', 'end', 'approximate', 'status', 'placeId', 'headline', 'summary'] as const;
type EventRest = Omit<StoryEvent, (typeof COLUMNS)[number]>;
export type DetailsRow = [string, string, string, string, string, EventRest?];

/** The story without its events, as the timeline needs it, and the language of its headlines. */
type IndexHeader = Omit<TimelineStory, 'events'> & { lang: Lang };
/** The rest of the story: its description and the whole article (the index has only its date). */
type DetailsHeader = Pick<Story, 'description' | 'article'>;

export interface StoryIndex {
	format: typeof STORY_INDEX_FORMAT;
	story: IndexHeader;
	events: IndexRow[];
}

export interface StoryDetails {
	format: typeof STORY_DETAILS_FORMAT;
	/** The story the details belong to (its index's slug). */
	slug: string;
	story: DetailsHeader;
	events: DetailsRow[];
}

/** The event's fields beyond the columns, without what is empty by default (actors, sources). */
function restOf(event: StoryEvent): EventRest | undefined {
	const rest: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(event)) {
		if ((COLUMNS as readonly string[]).includes(key) || value === undefined) continue;
		if (Array.isArray(value) && value.length === 0 && (key === 'actors' || key === 'sources')) continue;
		rest[key] = value;
	}
	return Object.keys(rest).length > 0 ? (rest as EventRest) : undefined;
}

/** A story as its index in `lang` and its details. */
export function encodeStory(story: Story, lang: Lang): { index: StoryIndex; details: StoryDetails } {
	const { slug, title, places, events, description, article } = story;
	return {
		index: {
			format: STORY_INDEX_FORMAT,
			story: { slug, title, places, article: { published: article.published }, lang },
			events: events.map((event) => [
				event.id,
				event.start.iso,
				event.end?.iso ?? '',
				(event.approximate ? APPROXIMATE : 0) | (event.status === 'announced' ? ANNOUNCED : 0),
				event.headline[lang],
				event.placeId ?? ''
			])
		},
		details: {
			format: STORY_DETAILS_FORMAT,
			slug,
			story: { description, article },
			events: events.map((event) => {
				const row: DetailsRow = [
					event.id,
					event.headline.nl,
					event.headline.en,
					event.summary.nl,
					event.summary.en
				];
				const rest = restOf(event);
				if (rest) row.push(rest);
				return row;
			})
		}
	};
}

/** What the decoder found, for an error message. */
function shown(value: unknown): string {
	if (value === undefined) return 'nothing';
	const text = JSON.stringify(value);
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Checks for one file, each failing with its name, the place in it, what was expected and found. */
function checker(file: string) {
	const fail = (path: string, expected: string, found: unknown): never => {
		throw new Error(`${file}: ${path}: expected ${expected} (found: ${shown(found)})`);
	};
	return {
		fail,
		/** The parsed file's top level, in the given format, with a list of rows. */
		top(value: unknown, format: string): Record<string, unknown> & { events: unknown[] } {
			if (typeof value !== 'object' || value === null) fail('(top level)', 'an object', value);
			const data = value as Record<string, unknown>;
			if (data.format !== format) fail('format', `"${format}"`, data.format);
			if (!Array.isArray(data.events)) fail('events', 'a list of event rows', data.events);
			return data as Record<string, unknown> & { events: unknown[] };
		},
		text(row: unknown[], index: number, path: string, what: string): string {
			const value = row[index];
			return typeof value === 'string' && value !== '' ? value : fail(`${path}[${index}]`, what, value);
		},
		/** Headline or summary from two cells (nl, en). */
		localized(row: unknown[], first: number, path: string, what: string): Localized {
			const [nl, en] = [row[first], row[first + 1]];
			if (typeof nl === 'string' && nl !== '' && typeof en === 'string' && en !== '') return { nl, en };
			const bad = typeof nl === 'string' && nl !== '' ? 1 : 0;
			return fail(`${path}[${first + bad}]`, `${what} in ${(['nl', 'en'] as const)[bad]}`, row[first + bad]);
		}
	};
}

/** What the timeline needs to draw in `lang`, from the parsed JSON of that language's index. */
export function decodeStoryIndex<L extends Lang>(value: unknown, file: string, lang: L): TimelineStory<L> {
	const check = checker(file);
	const data = check.top(value, STORY_INDEX_FORMAT);
	const header = data.story as Partial<IndexHeader> | null;
	if (typeof header !== 'object' || header === null || typeof header.slug !== 'string')
		check.fail('story', 'the story without its events, with a slug', header);
	if (header!.lang !== lang) check.fail('story.lang', `"${lang}", the page's language`, header!.lang);

	// Most events share their day with others: parse each distinct date once.
	const dates = new Map<string, CalendarDate>();
	const date = (text: unknown, path: string): CalendarDate => {
		let parsed = typeof text === 'string' ? dates.get(text) : undefined;
		if (!parsed) {
			parsed =
				(typeof text === 'string' && parseCalendarDate(text)) || check.fail(path, CALENDAR_DATE_FORMS, text);
			dates.set(text as string, parsed);
		}
		return parsed;
	};

	const rows = data.events;
	const events: TimelineEvent<L>[] = new Array(rows.length);
	for (let i = 0; i < rows.length; i++) {
		const row = rows[i];
		const path = `events[${i}]`;
		if (!Array.isArray(row) || row.length !== 6)
			check.fail(path, 'a row [id, start, end, flags, headline, place]', row);
		const cells = row as unknown[];
		const flags = cells[3];
		if (typeof flags !== 'number' || !Number.isInteger(flags) || flags < 0 || flags > 3)
			check.fail(`${path}[3]`, 'flags 0–3 (1 approximate, 2 announced)', flags);
		if (typeof cells[5] !== 'string') check.fail(`${path}[5]`, 'a place id or ""', cells[5]);
		const event: TimelineEvent<L> = {
			id: check.text(cells, 0, path, 'an event id'),
			start: date(cells[1], `${path}[1]`),
			approximate: ((flags as number) & APPROXIMATE) !== 0,
			status: ((flags as number) & ANNOUNCED) !== 0 ? 'announced' : 'reported',
			headline: { [lang]: check.text(cells, 4, path, `a headline in ${lang}`) } as Pick<Localized, L>
		};
		if (cells[2] !== '') event.end = date(cells[2], `${path}[2]`);
		if (cells[5] !== '') event.placeId = cells[5] as string;
		events[i] = event;
	}
	const { slug, title, places, article } = header as IndexHeader;
	return { slug, title, places, article, events };
}

/** The whole story: a decoded index (in either language) with the details' parsed JSON added. */
export function addStoryDetails<L extends Lang>(
	index: TimelineStory<L>,
	value: unknown,
	file: string
): Story {
	const check = checker(file);
	const data = check.top(value, STORY_DETAILS_FORMAT);
	if (data.slug !== index.slug) check.fail('slug', `the index's slug "${index.slug}"`, data.slug);
	const header = data.story as Partial<DetailsHeader> | null;
	if (typeof header !== 'object' || header === null || typeof header.article !== 'object')
		check.fail('story', 'the rest of the story (description, article)', header);
	const rows = data.events;
	if (rows.length !== index.events.length)
		check.fail('events', `${index.events.length} rows, one per event of the index`, `${rows.length} rows`);

	const events: StoryEvent[] = new Array(rows.length);
	for (let i = 0; i < rows.length; i++) {
		const row = rows[i];
		const path = `events[${i}]`;
		if (!Array.isArray(row) || row.length < 5 || row.length > 6)
			check.fail(path, 'a row [id, headline nl, headline en, summary nl, summary en, rest?]', row);
		const cells = row as unknown[];
		const indexed = index.events[i];
		if (cells[0] !== indexed.id) check.fail(`${path}[0]`, `the index's id "${indexed.id}"`, cells[0]);
		const rest = cells[5];
		if (rest !== undefined && (typeof rest !== 'object' || rest === null || Array.isArray(rest)))
			check.fail(`${path}[5]`, "an object with the event's other fields", rest);
		const column = rest && COLUMNS.find((key) => Object.hasOwn(rest as object, key));
		if (column) check.fail(`${path}[5].${column}`, 'nothing: the row has its own column for it', rest);
		events[i] = {
			...indexed,
			actors: [],
			sources: [],
			headline: check.localized(cells, 1, path, 'a headline'),
			summary: check.localized(cells, 3, path, 'a summary'),
			...(rest as EventRest | undefined)
		};
	}
	const { slug, title, places } = index;
	return { slug, title, places, ...(header as DetailsHeader), events };
}
