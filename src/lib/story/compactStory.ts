/**
 * A story as compact JSON, for sending a large one to the browser as data: each event is one
 * array (a row) instead of an object with nested date objects and empty lists. At 10,000 events
 * the JSON is about a third smaller than the typed story's own JSON, so there is less to
 * download, to hand from the network to the page and to parse, and decoding it back builds
 * the same `Story` (dates parsed once per distinct day).
 *
 * A row: [id, start, end or "", flags, headline nl, headline en, summary nl, summary en, rest?]
 * with dates as written in story files ("2022-01-10", "2022-01", "2022"), flags 1 = approximate
 * and 2 = announced, and `rest` the event's other fields when it has any (date note, place,
 * type, actors, sources, questions), as in the typed story.
 */
import type { Localized } from '$lib/i18n/lang';
import { CALENDAR_DATE_FORMS, parseCalendarDate, type CalendarDate } from './calendarDate';
import type { Story, StoryEvent } from './types';

export const COMPACT_STORY_FORMAT = 'diplomatic-timeline/compact-story@1';

const APPROXIMATE = 1;
const ANNOUNCED = 2;

/** The fields a row carries in its own columns; anything else of an event goes in `rest`. */
const COLUMNS = ['id', 'start', 'end', 'approximate', 'status', 'headline', 'summary'] as const;
type EventRest = Omit<StoryEvent, (typeof COLUMNS)[number]>;

export type CompactRow = [string, string, string, number, string, string, string, string, EventRest?];

export interface CompactStory {
	format: typeof COMPACT_STORY_FORMAT;
	/** The story without its events, as typed. */
	story: Omit<Story, 'events'>;
	events: CompactRow[];
}

/** Drops what an event has as an empty default (no actors, no sources). */
function restOf(event: StoryEvent): EventRest | undefined {
	const rest: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(event)) {
		if ((COLUMNS as readonly string[]).includes(key) || value === undefined) continue;
		if (Array.isArray(value) && value.length === 0 && (key === 'actors' || key === 'sources')) continue;
		rest[key] = value;
	}
	return Object.keys(rest).length > 0 ? (rest as EventRest) : undefined;
}

export function encodeStory(story: Story): CompactStory {
	const { events, ...header } = story;
	return {
		format: COMPACT_STORY_FORMAT,
		story: header,
		events: events.map((event) => {
			const row: CompactRow = [
				event.id,
				event.start.iso,
				event.end?.iso ?? '',
				(event.approximate ? APPROXIMATE : 0) | (event.status === 'announced' ? ANNOUNCED : 0),
				event.headline.nl,
				event.headline.en,
				event.summary.nl,
				event.summary.en
			];
			const rest = restOf(event);
			if (rest) row.push(rest);
			return row;
		})
	};
}

/** What the decoder found, for an error message. */
function shown(value: unknown): string {
	if (value === undefined) return 'nothing';
	const text = JSON.stringify(value);
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * The typed story back from compact JSON (parsed), checking what the timeline relies on. Errors
 * name `file`, the place in it, what was expected and what was found.
 */
export function decodeStory(value: unknown, file: string): Story {
	const fail = (path: string, expected: string, found: unknown): never => {
		throw new Error(`${file}: ${path}: expected ${expected} (found: ${shown(found)})`);
	};
	const data = value as Partial<CompactStory> | null;
	if (typeof data !== 'object' || data === null) fail('(top level)', 'an object', value);
	if (data!.format !== COMPACT_STORY_FORMAT) fail('format', `"${COMPACT_STORY_FORMAT}"`, data!.format);
	const header = data!.story;
	if (typeof header !== 'object' || header === null || typeof header.slug !== 'string')
		fail('story', 'the story without its events, with a slug', header);
	if (!Array.isArray(data!.events)) fail('events', 'a list of event rows', data!.events);

	// Most events share their day with others: parse each distinct date once.
	const dates = new Map<string, CalendarDate>();
	const date = (text: unknown, path: string): CalendarDate => {
		let parsed = typeof text === 'string' ? dates.get(text) : undefined;
		if (!parsed) {
			parsed = (typeof text === 'string' && parseCalendarDate(text)) || fail(path, CALENDAR_DATE_FORMS, text);
			dates.set(text as string, parsed);
		}
		return parsed;
	};
	const text = (row: unknown[], index: number, path: string, what: string): string =>
		typeof row[index] === 'string' && row[index] !== ''
			? (row[index] as string)
			: fail(`${path}[${index}]`, what, row[index]);
	/** Headline or summary from two cells (nl, en): one object shape for all events. */
	const localized = (row: unknown[], first: number, what: string, i: number): Localized => {
		const [a, b] = [row[first], row[first + 1]];
		if (typeof a === 'string' && a !== '' && typeof b === 'string' && b !== '')
			return { nl: a, en: b } satisfies Localized;
		const path = `events[${i}]`;
		const bad = typeof a === 'string' && a !== '' ? 1 : 0;
		return fail(`${path}[${first + bad}]`, `${what} in ${(['nl', 'en'] as const)[bad]}`, row[first + bad]);
	};

	const rows = data!.events!;
	const events: StoryEvent[] = new Array(rows.length);
	for (let i = 0; i < rows.length; i++) {
		const row: unknown = rows[i];
		if (!Array.isArray(row) || row.length < 8 || row.length > 9)
			fail(`events[${i}]`, 'a row [id, start, end, flags, headline nl, en, summary nl, en, rest?]', row);
		const cells = row as unknown[];
		const flags = cells[3];
		if (typeof flags !== 'number' || !Number.isInteger(flags) || flags < 0 || flags > 3)
			fail(`events[${i}][3]`, 'flags 0–3 (1 approximate, 2 announced)', flags);
		const rest = cells[8];
		if (rest !== undefined && (typeof rest !== 'object' || rest === null || Array.isArray(rest)))
			fail(`events[${i}][8]`, "an object with the event's other fields", rest);
		const event: StoryEvent = {
			id:
				typeof cells[0] === 'string' && cells[0] !== ''
					? cells[0]
					: text(cells, 0, `events[${i}]`, 'an event id'),
			start: date(cells[1], `events[${i}][1]`),
			approximate: ((flags as number) & APPROXIMATE) !== 0,
			status: ((flags as number) & ANNOUNCED) !== 0 ? 'announced' : 'reported',
			actors: [],
			headline: localized(cells, 4, 'a headline', i),
			summary: localized(cells, 6, 'a summary', i),
			sources: []
		};
		if (cells[2] !== '') event.end = date(cells[2], `events[${i}][2]`);
		if (rest) Object.assign(event, rest);
		events[i] = event;
	}
	return { ...(header as Omit<Story, 'events'>), events };
}
