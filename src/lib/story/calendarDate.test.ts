import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
	calendarInterval,
	compareCalendarDates,
	calendarDate,
	parseCalendarDate,
	toLocalDate,
	utcInstantToLocalDate
} from './calendarDate';

describe('parseCalendarDate', () => {
	it.each([
		['2022-01-10', { precision: 'day', year: 2022, month: 1, day: 10 }],
		['2022-01', { precision: 'month', year: 2022, month: 1 }],
		['2019', { precision: 'year', year: 2019 }],
		['2024-02-29', { precision: 'day', year: 2024, month: 2, day: 29 }]
	])('reads %s with its precision', (text, expected) => {
		expect(parseCalendarDate(text)).toEqual({ iso: text, ...expected });
	});

	it.each([
		'2022-02-30',
		'2023-02-29',
		'2022-13',
		'2022-00-10',
		'22-01-10',
		'2022/01/10',
		'10-01-2022',
		'',
		'maandag'
	])('rejects %j', (text) => {
		expect(parseCalendarDate(text)).toBeNull();
	});
});

describe('calendarInterval', () => {
	it.each([
		['2022-01-10', '2022-01-10T00:00:00.000Z', '2022-01-11T00:00:00.000Z'],
		['2022-01', '2022-01-01T00:00:00.000Z', '2022-02-01T00:00:00.000Z'],
		['2021-12', '2021-12-01T00:00:00.000Z', '2022-01-01T00:00:00.000Z'],
		['2019', '2019-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z']
	])('%s covers its whole period', (text, start, end) => {
		const [from, to] = calendarInterval(calendarDate(text));
		expect(new Date(from).toISOString()).toBe(start);
		expect(new Date(to).toISOString()).toBe(end);
	});
});

describe('compareCalendarDates', () => {
	it('orders by start, and a month before the days in it', () => {
		const sorted = ['2022-01-12', '2019', '2022-01', '2022-01-10', '2021-12']
			.map(calendarDate)
			.sort(compareCalendarDates)
			.map((d) => d.iso);
		expect(sorted).toEqual(['2019', '2021-12', '2022-01', '2022-01-10', '2022-01-12']);
	});
});

describe('dates do not shift with the time zone', () => {
	it('formats a day as that same day', () => {
		expect(format(toLocalDate(calendarDate('2022-01-10')), 'yyyy-MM-dd')).toBe('2022-01-10');
		expect(format(toLocalDate(calendarDate('2022-01')), 'yyyy-MM')).toBe('2022-01');
	});

	it('reads the calendar day of a UTC axis tick as that day', () => {
		expect(format(utcInstantToLocalDate(Date.UTC(2022, 0, 13)), 'yyyy-MM-dd')).toBe('2022-01-13');
		expect(format(utcInstantToLocalDate(Date.UTC(2021, 11, 31, 23, 59)), 'yyyy-MM-dd')).toBe('2021-12-31');
	});

	it('runs in the time zone the project asks for', () => {
		// Guards the guard: this file runs once in Europe/Amsterdam and once in Pacific/Kiritimati (UTC+14).
		expect(['Europe/Amsterdam', 'Pacific/Kiritimati']).toContain(
			Intl.DateTimeFormat().resolvedOptions().timeZone
		);
	});
});
