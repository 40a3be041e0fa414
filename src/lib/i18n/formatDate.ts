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

export function formatCalendarDate(date: CalendarDate, lang: Lang, style: DateStyle = 'long'): string {
	return format(toLocalDate(date), PATTERNS[style][date.precision], { locale: LOCALES[lang] });
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

/** An axis tick (a UTC instant from d3's scaleUtc) with a date-fns pattern, e.g. 'EEEEEE d MMM'. */
export function formatTick(ms: number, pattern: string, lang: Lang): string {
	return format(utcInstantToLocalDate(ms), pattern, { locale: LOCALES[lang] });
}
