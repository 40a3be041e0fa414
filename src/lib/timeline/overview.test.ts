import { describe, expect, it } from 'vitest';
import { DAY, type TimelineItem } from './layout';
import { INDIVIDUAL_LIMIT, overviewShapes } from './overview';

const item = (id: string, start: number, days = 1, isSpan = false): TimelineItem => ({
	id,
	start,
	end: start + days * DAY,
	isSpan,
	approximate: false,
	status: 'reported',
	label: id
});
const from = Date.UTC(2020, 0, 1);
const domain: [number, number] = [from, from + 100 * DAY];
// 1 px a day over a 100 px strip.
const x = (time: number) => (time - from) / DAY;
const segments = (path: string) => path.match(/M/g)?.length ?? 0;

describe('overviewShapes', () => {
	it('draws few events one by one: a tick per day, a bar per span', () => {
		const shapes = overviewShapes(
			[item('a', from + 10 * DAY), item('b', from + 20 * DAY, 30, true), item('c', from + 50.5 * DAY)],
			x,
			domain,
			100,
			34
		);
		expect(shapes.points).toBe('M10 8V26M50.5 8V26');
		expect(shapes.bars).toBe('M20 15h30v4h-30Z');
	});

	it('gives a short span a visible bar', () => {
		expect(overviewShapes([item('s', from, 0.5, true)], x, domain, 100, 34).bars).toBe('M0 15h2v4h-2Z');
	});

	it('draws many events as a histogram, one bar per non-empty bin, tallest for the busiest', () => {
		const many = Array.from({ length: INDIVIDUAL_LIMIT + 1 }, (_, i) =>
			item(`e${i}`, from + (i < 300 ? 5 : 60) * DAY)
		);
		const shapes = overviewShapes(many, x, domain, 100, 34);
		expect(shapes.points).toBe('');
		expect(segments(shapes.bars)).toBe(2);
		// 300 of 401 in the first bin: full height (34 - 6) from 3 px below the top; 101 a third of that.
		expect(shapes.bars).toMatch(/^M[\d.]+ 3h[\d.]+v28h[-\d.]+ZM[\d.]+ 21\.6h[\d.]+v9\.4h/);
	});
});
