import { describe, expect, it } from 'vitest';
import { defaultWindow, layoutTimeline, truncateLabel, type TimelineItem } from './layout';

const DAY = 86_400_000;
const day = (d: number) => Date.UTC(2022, 0, d);
const point = (id: string, d: number, label = id): TimelineItem => ({
	id,
	start: day(d),
	end: day(d) + DAY,
	isSpan: false,
	approximate: false,
	status: 'reported',
	label
});
const span = (id: string, start: number, end: number, approximate = false): TimelineItem => ({
	id,
	start,
	end,
	isSpan: true,
	approximate,
	status: 'reported',
	label: id
});

describe('defaultWindow', () => {
	it('frames the dated week with a day of air, ignoring long spans', () => {
		const items = [point('a', 10), point('b', 13), span('year', Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1))];
		expect(defaultWindow(items)).toEqual([day(9), day(15)]);
	});
});

describe('layoutTimeline', () => {
	const window: [number, number] = [day(9), day(15)];

	it('puts a day event in the middle of its day', () => {
		const { marks } = layoutTimeline([point('a', 10)], { width: 712, window, margin: 56 });
		// 600 px for 6 days: day 10 runs from 156 to 256.
		expect(marks[0].x).toBeCloseTo(206);
	});

	it.each([
		{ name: 'same day stacks', items: [point('a', 10), point('b', 10)], lanes: { a: 0, b: 1 } },
		{
			name: 'far apart shares a lane',
			items: [point('a', 10, 'x'), point('b', 13, 'y')],
			lanes: { a: 0, b: 0 }
		},
		{
			name: 'a long label pushes the next day down',
			items: [point('a', 10, 'a very long label that runs on'), point('b', 11, 'b')],
			lanes: { a: 0, b: 1 }
		}
	])('lanes: $name', ({ items, lanes }) => {
		const { marks } = layoutTimeline(items, { width: 712, window });
		expect(Object.fromEntries(marks.map((m) => [m.id, m.lane]))).toEqual(lanes);
	});

	it('never lets two labels in one lane overlap, at any width', () => {
		const items = [10, 10, 11, 11, 12, 13, 13, 14].map((d, i) =>
			point(`e${i}`, d, `Headline number ${i} of the week`)
		);
		for (const width of [320, 375, 768, 1280]) {
			const { marks } = layoutTimeline(items, { width, window });
			for (const a of marks) {
				for (const b of marks) {
					if (a === b || a.lane !== b.lane) continue;
					const [first, second] = a.x <= b.x ? [a, b] : [b, a];
					expect(
						first.labelX + first.label.length * 7,
						`${first.id}/${second.id} at ${width}`
					).toBeLessThanOrEqual(second.x - 8);
				}
			}
		}
	});

	it('clips a span that starts before the window and says it continues', () => {
		const { marks } = layoutTimeline([span('build-up', Date.UTC(2021, 11, 1), day(11), true)], {
			width: 712,
			window
		});
		expect(marks[0]).toMatchObject({
			x: 56,
			continuesBefore: true,
			continuesAfter: false,
			approximate: true,
			isSpan: true
		});
		expect(marks[0].x2).toBeCloseTo(256);
	});

	it('gathers events outside the window at the edges', () => {
		const items = [
			point('a', 10),
			span('nrc-2019', Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1)),
			point('later', 30)
		];
		const { marks, offscreen } = layoutTimeline(items, { width: 712, window });
		expect(marks.map((m) => m.id)).toEqual(['a']);
		expect(offscreen).toEqual([
			{ side: 'before', ids: ['nrc-2019'], nearest: Date.UTC(2019, 0, 1) },
			{ side: 'after', ids: ['later'], nearest: day(30) }
		]);
	});

	it.each([
		{ window: [day(9), day(9) + DAY / 2] as [number, number], unit: 'hour' },
		{ window: [day(9), day(15)] as [number, number], unit: 'day' },
		{ window: [Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1)] as [number, number], unit: 'month' },
		{ window: [Date.UTC(2012, 0, 1), Date.UTC(2022, 0, 1)] as [number, number], unit: 'year' }
	])('chooses $unit ticks for its window', ({ window, unit }) => {
		const layout = layoutTimeline([], { width: 960, window });
		expect(layout.tickUnit).toBe(unit);
		expect(layout.ticks.length).toBeGreaterThan(1);
	});

	it('marks the publication date only when it lies in the window', () => {
		expect(layoutTimeline([], { width: 712, window, published: day(11) }).publishedX).toBeCloseTo(256);
		expect(layoutTimeline([], { width: 712, window, published: day(20) }).publishedX).toBeNull();
	});
});

describe('truncateLabel', () => {
	it.each([
		['Geneva talks', 200, 'Geneva talks'],
		['Geneva talks', 49, 'Geneva…'],
		['Geneva talks', 5, '…']
	])('%j in %i px', (label, width, expected) => {
		expect(truncateLabel(label, width, 7)).toBe(expected);
	});
});
