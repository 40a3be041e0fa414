import { describe, expect, it } from 'vitest';
import { calendarDate } from '$lib/story/calendarDate';
import { datePartValue, fromTimelineDate, toTimelineDate } from './timelineDate';

describe('datePartValue', () => {
	it.each([
		[8, 8],
		['8', 8],
		['08', 8],
		[' 1963 ', 1963],
		['-44', -44],
		['', undefined],
		[null, undefined],
		[undefined, undefined],
		['eight', NaN],
		[8.5, NaN]
	])('%j → %s', (part, value) => {
		expect(datePartValue(part)).toBe(value);
	});
});

describe('fromTimelineDate', () => {
	it.each([
		['day precision from strings', { year: '1963', month: '8', day: '9' }, '1963-08-09', 0],
		['day precision from numbers', { year: 2012, month: 2, day: 11 }, '2012-02-11', 0],
		['month precision (empty day)', { year: '1943', month: '7', day: '' }, '1943-07', 0],
		['year precision', { year: '1978' }, '1978', 0],
		['a three-digit year is padded', { year: '602' }, '0602', 0],
		['an impossible day keeps the month', { year: 2022, month: 2, day: 30 }, '2022-02', 1],
		['a month out of range keeps the year', { year: 2022, month: 13, day: 1 }, '2022', 1],
		['a day without a month keeps the year', { year: 2022, day: 5 }, '2022', 1],
		['no year: no date', { month: '5' }, undefined, 0],
		['empty year: no date', { year: '' }, undefined, 0],
		['a year before 100 is refused', { year: -13000 }, undefined, 1],
		['a year that is not a number is refused', { year: 'MCMLX' }, undefined, 1]
	])('%s', (_, date, iso, noteCount) => {
		const converted = fromTimelineDate(date);
		expect(converted.iso).toBe(iso);
		expect(converted.notes).toHaveLength(noteCount);
	});

	it('notices a time of day, which the site does not show', () => {
		expect(fromTimelineDate({ year: '1900', month: '01', day: '06', hour: '6', millisecond: '' })).toEqual({
			iso: '1900-01-06',
			notes: [],
			hadTime: true
		});
		expect(fromTimelineDate({ year: '1900', hour: '', minute: '' }).hadTime).toBe(false);
	});
});

describe('toTimelineDate', () => {
	it.each([
		['2022-01-10', { year: 2022, month: 1, day: 10 }],
		['2022-01', { year: 2022, month: 1 }],
		['0602', { year: 602 }]
	])('%s', (iso, date) => {
		expect(toTimelineDate(calendarDate(iso))).toEqual(date);
		expect(fromTimelineDate(date).iso).toBe(iso);
	});
});
