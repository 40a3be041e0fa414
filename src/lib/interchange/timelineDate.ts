/**
 * TimelineJS dates ({ "year": "1963", "month": "8", "day": "9", "hour": … }) as this site's
 * calendar dates with their precision ("1963-08-09", "1963-08", "1963"), and back.
 */
import { parseCalendarDate, type CalendarDate } from '$lib/story/calendarDate';
import type { TimelineDate, TimelineJsDate } from './timelineJsFormat';

export interface ConvertedDate {
	/** The calendar date, or undefined when the year is missing or unusable. */
	iso?: string;
	/** What was dropped or could not be read, in words; empty when the date came through whole. */
	notes: string[];
	/** Whether an hour, minute or second was given (the site shows dates, not times). */
	hadTime: boolean;
}

/**
 * The earliest year the calendar module handles: `Date.UTC` reads years 0–99 as 1900–1999,
 * and the data format writes years with four digits.
 */
export const FIRST_YEAR = 100;
export const LAST_YEAR = 9999;

/** 8, "8", "08" → 8; "", null, undefined → undefined; anything else → NaN. */
export function datePartValue(part: number | string | null | undefined): number | undefined {
	if (part === null || part === undefined) return undefined;
	if (typeof part === 'number') return Number.isInteger(part) ? part : NaN;
	const trimmed = part.trim();
	if (trimmed === '') return undefined;
	return /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : NaN;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function fromTimelineDate(date: TimelineDate | null | undefined): ConvertedDate {
	const notes: string[] = [];
	const hadTime = [date?.hour, date?.minute, date?.second, date?.millisecond].some(
		(part) => datePartValue(part) !== undefined
	);
	if (!date) return { notes, hadTime };
	const year = datePartValue(date.year);
	if (year === undefined) return { notes, hadTime };
	if (Number.isNaN(year))
		return { notes: [`the year ${JSON.stringify(date.year)} is not a whole number`], hadTime };
	if (year < FIRST_YEAR || year > LAST_YEAR) {
		return {
			notes: [`the year ${year} is outside ${FIRST_YEAR}–${LAST_YEAR}, which this site cannot show`],
			hadTime
		};
	}
	const month = datePartValue(date.month);
	const day = datePartValue(date.day);
	let iso = pad(year, 4);
	if (month !== undefined) {
		if (Number.isNaN(month) || month < 1 || month > 12) {
			notes.push(`the month ${JSON.stringify(date.month)} is not 1–12, so only the year is kept`);
			return { iso, notes, hadTime };
		}
		iso += `-${pad(month, 2)}`;
		if (day !== undefined) {
			const withDay = `${iso}-${pad(Number.isNaN(day) ? 0 : day, 2)}`;
			if (Number.isNaN(day) || !parseCalendarDate(withDay)) {
				notes.push(`the day ${JSON.stringify(date.day)} does not exist in ${iso}, so only the month is kept`);
				return { iso, notes, hadTime };
			}
			iso = withDay;
		}
	} else if (day !== undefined) {
		notes.push('a day without a month, so only the year is kept');
	}
	return { iso, notes, hadTime };
}

/** A calendar date as TimelineJS writes it: only the parts its precision knows. */
export function toTimelineDate(date: CalendarDate): TimelineJsDate {
	return {
		year: date.year,
		...(date.month === undefined ? {} : { month: date.month }),
		...(date.day === undefined ? {} : { day: date.day })
	};
}
