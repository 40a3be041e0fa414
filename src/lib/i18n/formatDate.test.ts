import { describe, expect, it } from 'vitest';
import { calendarDate } from '$lib/story/calendarDate';
import { formatCalendarDate, formatDateRange, formatTick } from './formatDate';

describe('formatCalendarDate', () => {
	it.each([
		['2022-01-10', 'nl', 'long', 'maandag 10 januari 2022'],
		['2022-01-10', 'en', 'long', 'Monday 10 January 2022'],
		['2022-01-13', 'nl', 'short', '13 jan. 2022'],
		['2022-01-13', 'en', 'short', '13 Jan 2022'],
		['2021-12', 'nl', 'long', 'december 2021'],
		['2021-12', 'en', 'long', 'December 2021'],
		['2019', 'nl', 'long', '2019']
	] as const)('%s in %s (%s) reads %j', (iso, lang, style, expected) => {
		expect(formatCalendarDate(calendarDate(iso), lang, style)).toBe(expected);
	});

	it('tells apart dates that share a day, month or year number (cached per date)', () => {
		expect(formatCalendarDate(calendarDate('2022-01-10'), 'en')).toBe('Monday 10 January 2022');
		expect(formatCalendarDate(calendarDate('2022-01'), 'en')).toBe('January 2022');
		expect(formatCalendarDate(calendarDate('2022-10-01'), 'en')).toBe('Saturday 1 October 2022');
		expect(formatCalendarDate(calendarDate('2022-01-10'), 'en', 'short')).toBe('10 Jan 2022');
		expect(formatCalendarDate(calendarDate('2022-01-10'), 'nl')).toBe('maandag 10 januari 2022');
	});

	it('joins a span', () => {
		expect(formatDateRange(calendarDate('2021-12'), calendarDate('2022-01-10'), 'en')).toBe(
			'December 2021 – Monday 10 January 2022'
		);
	});

	it('labels an axis tick on its UTC calendar day', () => {
		expect(formatTick(Date.UTC(2022, 0, 10), 'EEEEEE d MMM', 'nl')).toBe('ma 10 jan.');
		expect(formatTick(Date.UTC(2022, 0, 10), 'EEE d MMM', 'en')).toBe('Mon 10 Jan');
	});

	it.each([
		[Date.UTC(2022, 0, 10, 0), '00:00'],
		[Date.UTC(2022, 0, 10, 14, 30), '14:30'],
		[Date.UTC(2022, 0, 10, 23), '23:00'],
		// The night summer time begins in Amsterdam: 02:00 does not exist on local clocks there.
		[Date.UTC(2022, 2, 27, 2), '02:00']
	])('labels hour ticks with their time of day (%i → %s)', (ms, expected) => {
		expect(formatTick(ms, 'HH:mm', 'nl')).toBe(expected);
		expect(formatTick(ms, 'HH:mm', 'en')).toBe(expected);
	});

	it('gives every instant of a UTC day that day, also when asked again (cached per day)', () => {
		const day = Date.UTC(2022, 0, 10);
		expect(formatTick(day + 23 * 3_600_000, 'd MMM yyyy', 'en')).toBe('10 Jan 2022');
		expect(formatTick(day + 1, 'd MMM yyyy', 'en')).toBe('10 Jan 2022');
		expect(formatTick(day - 1, 'd MMM yyyy', 'en')).toBe('9 Jan 2022');
		expect(formatTick(day - 1, 'd MMM yyyy', 'nl')).toBe('9 jan. 2022');
		expect(formatTick(Date.UTC(1969, 11, 31, 18), 'd MMM yyyy', 'en')).toBe('31 Dec 1969');
	});
});
