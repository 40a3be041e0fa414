/**
 * Synthetic stories for the timeline benchmark (`npm run bench:timeline`): n events at random
 * dates over ten years, with headlines of realistic length in Dutch- and English-like words,
 * some spans, coarse dates, approximate and announced events. Pure and seeded: the same
 * (n, seed) always gives the same story, so runs can be compared.
 */
import { calendarDate, calendarInterval } from '$lib/story/calendarDate';
import type { Lang, Localized } from '$lib/i18n/lang';
import type { Story, StoryEvent } from '$lib/story/types';

export const DEFAULT_EVENTS = 1000;
export const MAX_EVENTS = 50_000;
export const DEFAULT_SEED = 1;

/** The ten years the events fall in: 2015-01-01 up to and including 2024-12-31. */
const FIRST_YEAR = 2015;
const YEARS = 10;
const DAY = 86_400_000;

export const HEADLINE_MIN = 20;
export const HEADLINE_MAX = 90;

/** What a generated story is made of, as shares of its events. */
export const SHARES = {
	/** Stated spans (start and end), days to months long (of the day and month dates). */
	span: 0.1,
	/** Dated to a month ("2019-03") or a year ("2019") instead of a day. */
	month: 0.08,
	year: 0.03,
	approximate: 0.07,
	announced: 0.15
} as const;

/** A small, fast seeded PRNG (mulberry32): returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** Space-separated words; "_" joins a two-word name. */
const vocabulary = (text: string): readonly string[] =>
	text
		.trim()
		.split(/\s+/)
		.map((word) => word.replace('_', ' '));

// Words of at most 13 characters, so a headline grown past its target length stays within its maximum.
const WORDS: Record<Lang, readonly string[]> = {
	nl: vocabulary(`
		kabinet minister overleg akkoord gesprekken Brussel Den_Haag NAVO Kremlin sancties onderhandelen
		verdrag grens troepen oefening bondgenoten ambassadeur top Genève Wenen president premier
		verklaring zorgen dreiging over met in na voor de het een nieuwe laatste eerste ronde veiligheid
		Europa Oekraïne Rusland VS EU steun wapens leveren ontmoeten spreken waarschuwt eist belooft
		vergadering raad OVSE diplomaten miljard euro uitbreiding zonder resultaat
	`),
	en: vocabulary(`
		cabinet minister talks agreement Brussels The_Hague NATO Kremlin sanctions negotiate treaty
		border troops exercise allies ambassador summit Geneva Vienna president premier statement
		concerns threat over with in after before the a new last first round security Europe Ukraine
		Russia US EU support weapons deliver meet speak warns demands promises meeting council OSCE
		diplomats billion euros enlargement without result
	`)
};

/** The `n` and `seed` of a bench URL's query string (`?n=10000&seed=2`), defaulted and clamped. */
export function benchParams(search: string): { n: number; seed: number } {
	const params = new URLSearchParams(search);
	const n = Math.trunc(Number(params.get('n') ?? DEFAULT_EVENTS));
	const seed = Math.trunc(Number(params.get('seed') ?? DEFAULT_SEED));
	return {
		n: Number.isFinite(n) ? Math.min(MAX_EVENTS, Math.max(1, n)) : DEFAULT_EVENTS,
		seed: Number.isFinite(seed) ? seed : DEFAULT_SEED
	};
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** UTC ms → "YYYY-MM-DD". */
function isoDay(ms: number): string {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function pick<T>(random: () => number, items: readonly T[]): T {
	return items[Math.floor(random() * items.length)];
}

/** Words until the text reaches a random length in [min, max - 13]; the last word keeps it ≤ max. */
function words(random: () => number, vocabulary: readonly string[], min: number, max: number): string {
	const target = min + Math.floor(random() * (max - 13 - min + 1));
	// An array joined once: growing a string word by word leaves a rope of pieces for the GC.
	const first = pick(random, vocabulary);
	const parts = [first[0].toUpperCase() + first.slice(1)];
	let length = parts[0].length;
	while (length < target) {
		const word = pick(random, vocabulary);
		parts.push(word);
		length += 1 + word.length;
	}
	return parts.join(' ');
}

function localizedWords(random: () => number, min: number, max: number): Localized {
	return { nl: words(random, WORDS.nl, min, max), en: words(random, WORDS.en, min, max) };
}

/** One event's dates: a day, month or year, maybe with an end after it. */
function eventDates(random: () => number): Pick<StoryEvent, 'start' | 'end'> {
	const first = Date.UTC(FIRST_YEAR, 0, 1);
	const days = (Date.UTC(FIRST_YEAR + YEARS, 0, 1) - first) / DAY;
	const day = first + Math.floor(random() * days) * DAY;
	const iso = isoDay(day);
	const isSpan = random() < SHARES.span;
	const precision = random();
	if (precision < SHARES.year) {
		// A year is drawn as a year-long bar already; no longer spans.
		return { start: calendarDate(iso.slice(0, 4)) };
	}
	if (precision < SHARES.year + SHARES.month) {
		const start = calendarDate(iso.slice(0, 7));
		if (!isSpan) return { start };
		const months = 1 + Math.floor(random() * 6);
		const end = new Date(Date.UTC(start.year, start.month! - 1 + months, 1));
		return { start, end: calendarDate(isoDay(end.getTime()).slice(0, 7)) };
	}
	const start = calendarDate(iso);
	if (!isSpan) return { start };
	// Days to months: half of the spans last up to two weeks, the rest up to half a year.
	const length = random() < 0.5 ? 1 + Math.floor(random() * 14) : 15 + Math.floor(random() * 166);
	return { start, end: calendarDate(isoDay(day + length * DAY)) };
}

/** A story of `n` synthetic events in time order, the same for the same `seed`. */
export function syntheticStory({ n = DEFAULT_EVENTS, seed = DEFAULT_SEED } = {}): Story {
	const random = mulberry32(seed);
	const generated: StoryEvent[] = [];
	for (let i = 0; i < n; i++) {
		const { start, end } = eventDates(random);
		const approximate = random() < SHARES.approximate;
		generated.push({
			id: '',
			start,
			...(end ? { end } : {}),
			approximate,
			...(approximate ? { dateNote: { nl: 'datum bij benadering', en: 'approximate date' } } : {}),
			status: random() < SHARES.announced ? 'announced' : 'reported',
			actors: [],
			headline: localizedWords(random, HEADLINE_MIN, HEADLINE_MAX),
			summary: localizedWords(random, 60, 200),
			sources: []
		});
	}
	// In time order as compareCalendarDates has it (stable), with each interval computed once
	// rather than twice per comparison; then ids in that order, like a real story's list.
	const keyed = generated.map((event) => ({ event, interval: calendarInterval(event.start) }));
	keyed.sort((a, b) => a.interval[0] - b.interval[0] || b.interval[1] - a.interval[1]);
	const events = keyed.map((k) => k.event);
	const width = String(n).length;
	for (const [index, event] of events.entries()) event.id = `e${pad(index + 1, width)}`;
	return {
		slug: 'bench',
		title: { nl: `Benchmark: ${n} gebeurtenissen`, en: `Benchmark: ${n} events` },
		description: {
			nl: `Een verzonnen verhaal van ${n} gebeurtenissen (seed ${seed}) om de tijdlijn te meten.`,
			en: `A made-up story of ${n} events (seed ${seed}) for measuring the timeline.`
		},
		article: { lang: 'nl', published: calendarDate('2024-10-01'), paragraphs: [] },
		events,
		places: {}
	};
}
