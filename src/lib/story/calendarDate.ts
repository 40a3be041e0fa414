/**
 * Calendar dates with their precision: "2022-01-10" (day), "2022-01" (month), "2022" (year).
 *
 * Never a JS `Date` at UTC midnight: that prints as the previous day west of Greenwich.
 * Positions on a time axis are UTC milliseconds (for d3's `scaleUtc`); anything shown to a
 * reader goes through `toLocalDate`, which builds a local date with the same calendar fields.
 */
import { isExists } from 'date-fns';

export type Precision = 'year' | 'month' | 'day';

export interface CalendarDate {
	/** The string as written in the data, e.g. "2022-01". */
	readonly iso: string;
	readonly precision: Precision;
	readonly year: number;
	/** 1–12, present for month and day precision. */
	readonly month?: number;
	/** 1–31, present for day precision. */
	readonly day?: number;
}

const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** What `parseCalendarDate` accepts, in words, for error messages. */
export const CALENDAR_DATE_FORMS = 'a date as YYYY-MM-DD, YYYY-MM or YYYY';

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; returns null for anything else, including 2022-02-30. */
export function parseCalendarDate(text: string): CalendarDate | null {
	const match = CALENDAR_DATE.exec(text);
	if (!match) return null;
	const year = Number(match[1]);
	if (match[2] === undefined) return { iso: text, precision: 'year', year };
	const month = Number(match[2]);
	if (month < 1 || month > 12) return null;
	if (match[3] === undefined) return { iso: text, precision: 'month', year, month };
	const day = Number(match[3]);
	if (!isExists(year, month - 1, day)) return null;
	return { iso: text, precision: 'day', year, month, day };
}

/** Like `parseCalendarDate`, for values already validated. */
export function calendarDate(text: string): CalendarDate {
	const date = parseCalendarDate(text);
	if (!date) throw new Error(`Not a calendar date: "${text}" (expected ${CALENDAR_DATE_FORMS})`);
	return date;
}

/** The period a date covers, as UTC milliseconds [start, end): a day, a whole month or a whole year. */
export function calendarInterval(date: CalendarDate): [number, number] {
	const { year, month, day } = date;
	switch (date.precision) {
		case 'year':
			return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
		case 'month':
			return [Date.UTC(year, month! - 1, 1), Date.UTC(year, month!, 1)];
		case 'day':
			return [Date.UTC(year, month! - 1, day!), Date.UTC(year, month! - 1, day! + 1)];
	}
}

/** Orders dates by where their period starts; a coarser date (the whole month) sorts before its days. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
	const [aStart, aEnd] = calendarInterval(a);
	const [bStart, bEnd] = calendarInterval(b);
	return aStart - bStart || bEnd - aEnd;
}

/**
 * A local `Date` at noon on the date's first day, for formatting with date-fns in whatever
 * time zone the code runs in. Noon keeps clear of daylight-saving jumps at midnight.
 */
export function toLocalDate(date: CalendarDate): Date {
	return new Date(date.year, (date.month ?? 1) - 1, date.day ?? 1, 12);
}

/** The calendar day a UTC instant falls on (for axis ticks from `scaleUtc`), as a local noon `Date`. */
export function utcInstantToLocalDate(ms: number): Date {
	const instant = new Date(ms);
	return new Date(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate(), 12);
}
