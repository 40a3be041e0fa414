/**
 * Dates as readers see them, through date-fns locales. Precision decides the form: a day
 * ("maandag 10 januari 2022"), a month ("januari 2022") or a year ("2019"); spans join two.
 */
import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { nl } from 'date-fns/locale/nl';
import type { Locale } from 'date-fns';
import { toLocalDate, utcInstantToLocalDate, type CalendarDate } from '$lib/story/calendarDate';
import type { Lang } from './lang';

const LOCALES: Record<Lang, Locale> = { nl, en: enGB };

const PATTERNS = {
	long: { day: 'EEEE d MMMM yyyy', month: 'MMMM yyyy', year: 'yyyy' },
	short: { day: 'd MMM yyyy', month: 'MMM yyyy', year: 'yyyy' }
} as const;

export type DateStyle = keyof typeof PATTERNS;

const DATE_CACHE_LIMIT = 4096;
/** Formatted dates by language, style and date: a timeline names each event it draws, every zoom frame. */
const dateCache = new Map<string, string>();

export function formatCalendarDate(date: CalendarDate, lang: Lang, style: DateStyle = 'long'): string {
	const key = `${lang} ${style} ${date.precision} ${date.year} ${date.month} ${date.day}`;
	let text = dateCache.get(key);
	if (text === undefined) {
		if (dateCache.size >= DATE_CACHE_LIMIT) dateCache.clear();
		text = format(toLocalDate(date), PATTERNS[style][date.precision], { locale: LOCALES[lang] });
		dateCache.set(key, text);
	}
	return text;
}

/** "10 – 13 januari 2022" style is tempting, but two full dates stay unambiguous at any precision. */
export function formatDateRange(
	start: CalendarDate,
	end: CalendarDate | undefined,
	lang: Lang,
	style: DateStyle = 'long'
): string {
	if (!end) return formatCalendarDate(start, lang, style);
	return `${formatCalendarDate(start, lang, style)} – ${formatCalendarDate(end, lang, style)}`;
}

const DAY = 86_400_000;
/** The hour ticks' pattern (layout.ts tickPattern): the same 24-hour clock in Dutch and English. */
const HOUR_PATTERN = 'HH:mm';
const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * An instant's time of day on the timeline's UTC clock. Not through a local Date: the day cache
 * below reads whole days, and a local clock would skip an hour on the night summer time begins.
 */
function clockTime(ms: number): string {
	const instant = new Date(ms);
	return `${twoDigits(instant.getUTCHours())}:${twoDigits(instant.getUTCMinutes())}`;
}
const TICK_CACHE_LIMIT = 4096;
/** Formatted UTC days per language and pattern: zooming asks for the same few days every frame. */
const tickCache = new Map<string, Map<number, string>>();

/**
 * An axis tick (a UTC instant from d3's scaleUtc) with a date-fns pattern, e.g. 'EEEEEE d MMM',
 * read on its UTC calendar day. date-fns takes a good fraction of a millisecond per call, and a
 * zoom frame formats a few dozen (ticks, range, chips, cluster names), so each day is formatted
 * once per pattern and language.
 */
export function formatTick(ms: number, pattern: string, lang: Lang): string {
	if (pattern === HOUR_PATTERN) return clockTime(ms);
	const key = `${lang} ${pattern}`;
	let days = tickCache.get(key);
	if (!days) tickCache.set(key, (days = new Map()));
	const day = Math.floor(ms / DAY);
	let text = days.get(day);
	if (text === undefined) {
		if (days.size >= TICK_CACHE_LIMIT) days.clear();
		text = format(utcInstantToLocalDate(ms), pattern, { locale: LOCALES[lang] });
		days.set(day, text);
	}
	return text;
}
