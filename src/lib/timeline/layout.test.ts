import { describe, expect, it } from 'vitest';
import {
	chooseTicks,
	DAY,
	defaultWindow,
	fullExtent,
	GEOMETRY,
	HOUR,
	layoutTimeline,
	LINE_HEIGHT,
	truncateLabel,
	type Orientation,
	type TimelineItem,
	type TimelineMark
} from './layout';

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
const week: [number, number] = [day(9), day(15)];
const horizontal = (width: number, window = week) => ({
	orientation: 'horizontal' as const,
	width,
	height: 300,
	window
});

/** Seeded items spread over `years`, for property checks. */
function randomItems(n: number, years: number, seed = 1): TimelineItem[] {
	let state = seed;
	const random = () => (state = (state * 1_664_525 + 1_013_904_223) % 2 ** 32) / 2 ** 32;
	const from = Date.UTC(2012, 0, 1);
	return Array.from({ length: n }, (_, i) => {
		const start = from + Math.floor(random() * years * 365) * DAY;
		const isSpan = random() < 0.1;
		return {
			id: `e${i}`,
			start,
			end: start + (isSpan ? Math.ceil(random() * 60) : 1) * DAY,
			isSpan,
			approximate: random() < 0.1,
			status: random() < 0.15 ? 'announced' : 'reported',
			label: 'Headline '.repeat(2 + Math.floor(random() * 8)).trim()
		} satisfies TimelineItem;
	});
}

/** The box a mark's label takes, in the orientation's terms. */
function labelBox(mark: TimelineMark, orientation: Orientation) {
	return orientation === 'horizontal'
		? { from: mark.x - 8, to: Math.max(mark.x2, mark.labelX + mark.label.length * 7), lane: mark.lane }
		: { from: mark.labelY - 9, to: mark.labelY + 9 + (mark.label2 ? LINE_HEIGHT : 0), lane: mark.lane };
}

describe('defaultWindow and fullExtent', () => {
	it('frames the dated days with a day of air, ignoring long spans', () => {
		const items = [point('a', 10), point('b', 13), span('year', Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1))];
		expect(defaultWindow(items)).toEqual([day(9), day(15)]);
	});

	it('the full extent holds everything, with some air', () => {
		const items = [point('a', 10), span('year', Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1))];
		const [from, to] = fullExtent(items);
		expect(from).toBeLessThan(Date.UTC(2019, 0, 1));
		expect(to).toBeGreaterThan(day(11));
	});
});

describe('layoutTimeline, horizontal', () => {
	it('puts a day event in the middle of its day', () => {
		const { marks } = layoutTimeline([point('a', 10)], horizontal(720));
		// 600 px for 6 days between the 60 px edges: 10 January runs from 160 to 260.
		expect(marks[0].x).toBeCloseTo(210);
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
		const { marks } = layoutTimeline(items, horizontal(720));
		expect(Object.fromEntries(marks.map((m) => [m.id, m.lane]))).toEqual(lanes);
	});

	it.each([
		{ name: 'a day', item: point('d', 10), width: 100 },
		{
			name: 'a month (precision month)',
			item: span('m', Date.UTC(2022, 0, 1), Date.UTC(2022, 1, 1)),
			width: 31 * 10
		},
		{ name: 'a year', item: span('y', Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1)), width: 365 * 10 }
	])('$name occupies its whole period', ({ item, width }) => {
		const window: [number, number] = [item.start - 5 * DAY, item.end + 5 * DAY];
		const days = (window[1] - window[0]) / DAY;
		const { marks } = layoutTimeline([item], horizontal(120 + days * 10, window));
		const drawn = item.isSpan ? marks[0].x2 - marks[0].x : 100;
		expect(drawn).toBeCloseTo(width, 0);
	});

	it('clips a span that starts before the window and says it continues', () => {
		const { marks } = layoutTimeline(
			[span('build-up', Date.UTC(2021, 11, 1), day(11), true)],
			horizontal(720)
		);
		expect(marks[0]).toMatchObject({
			x: 60,
			continuesBefore: true,
			continuesAfter: false,
			approximate: true
		});
		expect(marks[0].x2).toBeCloseTo(260);
	});

	it('gathers events outside the window at the edges, naming the nearest', () => {
		const items = [
			point('a', 10),
			span('nrc-2019', Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1)),
			span('nrc-2017', Date.UTC(2017, 0, 1), Date.UTC(2018, 0, 1)),
			point('later', 30)
		];
		const { marks, offscreen } = layoutTimeline(items, horizontal(720));
		expect(marks.map((m) => m.id)).toEqual(['a']);
		expect(offscreen).toEqual([
			{ side: 'before', count: 2, nearestId: 'nrc-2019', nearest: Date.UTC(2019, 0, 1) },
			{ side: 'after', count: 1, nearestId: 'later', nearest: day(30) }
		]);
	});

	it('marks the publication date only when it lies in the window', () => {
		expect(layoutTimeline([], { ...horizontal(720), published: day(11) }).publishedAt).toBeCloseTo(260);
		expect(layoutTimeline([], { ...horizontal(720), published: day(20) }).publishedAt).toBeNull();
	});
});

describe('clusters', () => {
	const crowd = Array.from({ length: 40 }, (_, i) => point(`c${i}`, 12, `Event number ${i}`));

	it('gathers what fits in no lane into a count, losing no event', () => {
		const { marks, clusters } = layoutTimeline(crowd, horizontal(720));
		expect(marks).toHaveLength(GEOMETRY.horizontal.lanes);
		expect(clusters).toHaveLength(1);
		expect(clusters[0]).toMatchObject({ count: 35, from: day(12), to: day(13) });
	});

	it('always shows a pinned (selected or focused) event as a mark', () => {
		const { marks } = layoutTimeline(crowd, { ...horizontal(720), pinnedIds: ['c39'] });
		expect(marks.map((m) => m.id)).toContain('c39');
		expect(marks).toHaveLength(GEOMETRY.horizontal.lanes);
	});

	it.each([100, 1_000, 10_000])('keeps marks and clusters bounded with %i events over ten years', (n) => {
		const items = randomItems(n, 10);
		const { marks, clusters } = layoutTimeline(items, { ...horizontal(1200), window: fullExtent(items) });
		expect(marks.length + clusters.length).toBeLessThan(200);
		expect(marks.length + clusters.reduce((sum, c) => sum + c.count, 0)).toBe(n);
	});
});

describe('clusters, found by binary search over runs of events', () => {
	/** The clusters, by looking at every event in the window that is not a mark. */
	function naiveClusters(
		items: TimelineItem[],
		window: [number, number],
		markIds: Set<string>,
		width: number
	) {
		const g = GEOMETRY.horizontal;
		const along = (t: number) => g.edge + ((t - window[0]) * (width - 2 * g.edge)) / (window[1] - window[0]);
		const buckets = new Map<number, { count: number; from: number; to: number }>();
		for (const item of items) {
			if (item.end <= window[0] || item.start >= window[1] || markIds.has(item.id)) continue;
			const at = Math.max(g.edge, along(item.isSpan ? item.start : item.start + (item.end - item.start) / 2));
			const key = Math.floor((at - g.edge) / 44);
			const bucket = buckets.get(key) ?? { count: 0, from: Infinity, to: -Infinity };
			buckets.set(key, {
				count: bucket.count + 1,
				from: Math.min(bucket.from, item.start),
				to: Math.max(bucket.to, item.end)
			});
		}
		return buckets;
	}

	it.each([
		// [events, seed, share of the ten years shown, pinned]
		[10_000, 1, 1, false],
		[10_000, 2, 0.2, false],
		[10_000, 3, 0.02, true],
		[1_000, 4, 0.5, true],
		[1_000, 5, 0.001, false]
	])(
		'%i events (seed %i, %f of the time shown, pinned %s) agree with looking at each',
		(n, seed, share, pin) => {
			const items = randomItems(n, 10, seed);
			items.push(span('long', Date.UTC(2012, 5, 1), Date.UTC(2016, 0, 1)));
			const [from, to] = fullExtent(items);
			const length = (to - from) * share;
			for (let run = 0; run < 10; run++) {
				const start = from + ((to - from - length) * run) / 9;
				const window: [number, number] = [start, start + length];
				const pinnedIds = pin ? [items[(run * 997) % items.length].id] : [];
				const { marks, clusters } = layoutTimeline(items, { ...horizontal(1200), window, pinnedIds });
				const expected = naiveClusters(items, window, new Set(marks.map((m) => m.id)), 1200);
				expect(clusters.map((c) => c.key).sort((a, b) => a - b)).toEqual(
					[...expected.keys()].sort((a, b) => a - b)
				);
				for (const cluster of clusters)
					expect(cluster).toMatchObject({ ...expected.get(cluster.key), sampleIds: expect.any(Array) });
			}
		}
	);
});

describe('the window, found by binary search', () => {
	/** What lies before, in and after the window, by looking at every item. */
	function naive(items: TimelineItem[], [from, to]: [number, number]) {
		const before = items.filter((item) => item.end <= from);
		const after = items.filter((item) => item.start >= to);
		const ordered = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
		return {
			inWindow: items.length - before.length - after.length,
			before:
				before.length && ordered.filter((item) => item.end <= from).reduce((a, b) => (b.end > a.end ? b : a)),
			after: after.length && ordered.find((item) => item.start >= to)!
		};
	}

	it.each([1, 2, 3])('agrees with looking at every item (seed %i)', (seed) => {
		const items = randomItems(2000, 5, seed);
		// Long spans and year-long items reach far into later windows.
		items.push(
			span('long', Date.UTC(2012, 5, 1), Date.UTC(2015, 0, 1)),
			span('year', Date.UTC(2014, 0, 1), Date.UTC(2015, 0, 1))
		);
		let state = seed;
		const random = () => (state = (state * 1_664_525 + 1_013_904_223) % 2 ** 32) / 2 ** 32;
		for (let run = 0; run < 40; run++) {
			const from = Date.UTC(2011, 6, 1) + random() * 6 * 365 * DAY;
			const window: [number, number] = [from, from + (0.1 + random() * 200) * DAY];
			const { marks, clusters, offscreen } = layoutTimeline(items, { ...horizontal(1200), window });
			const expected = naive(items, window);
			expect(marks.length + clusters.reduce((sum, c) => sum + c.count, 0)).toBe(expected.inWindow);
			const side = (name: 'before' | 'after') => offscreen.find((group) => group.side === name);
			expect(side('before')?.nearestId).toBe(expected.before ? expected.before.id : undefined);
			expect(side('after')?.nearestId).toBe(expected.after ? expected.after.id : undefined);
			expect((side('before')?.count ?? 0) + (side('after')?.count ?? 0) + expected.inWindow).toBe(
				items.length
			);
		}
	});
});

describe.each(['horizontal', 'vertical'] as const)('no two labels overlap (%s)', (orientation) => {
	it.each([320, 375, 768, 1280])('at %i px', (width) => {
		const items = randomItems(300, 1, width);
		const window: [number, number] = [Date.UTC(2012, 0, 1), Date.UTC(2012, 3, 1)];
		const { marks } = layoutTimeline(items, { orientation, width, height: 600, window });
		expect(marks.length).toBeGreaterThan(3);
		const boxes = marks.map((m) => labelBox(m, orientation));
		for (let i = 0; i < boxes.length; i++) {
			for (let j = i + 1; j < boxes.length; j++) {
				const [a, b] = [boxes[i], boxes[j]];
				if (a.lane !== b.lane) continue;
				expect(a.to <= b.from || b.to <= a.from, `${marks[i].id} and ${marks[j].id}`).toBe(true);
			}
		}
		if (orientation === 'vertical') {
			// No dot lies on another mark's label or bar (dots of one moment may share a place:
			// the later labels slide below, with a leader line).
			const labelOf = (m: TimelineMark) => ({
				left: m.labelX,
				right: m.labelX + Math.max(m.label.length, m.label2?.length ?? 0) * 7,
				top: m.labelY - 8,
				bottom: m.labelY + 8 + (m.label2 ? LINE_HEIGHT : 0)
			});
			const barOf = (m: TimelineMark) => ({ left: m.x - 4, right: m.x + 4, top: m.y, bottom: m.y2 });
			for (const dot of marks.filter((m) => !m.isSpan)) {
				const box = { left: dot.x - 7, right: dot.x + 7, top: dot.y - 7, bottom: dot.y + 7 };
				for (const other of marks) {
					if (other === dot || (other.x === dot.x && other.y === dot.y)) continue;
					for (const area of other.isSpan ? [labelOf(other), barOf(other)] : [labelOf(other)]) {
						const apart =
							area.right <= box.left ||
							area.left >= box.right ||
							area.bottom <= box.top ||
							area.top >= box.bottom;
						expect(apart, `dot of ${dot.id} on ${other.id}`).toBe(true);
					}
				}
			}
			// A label that runs on over free columns meets no dot or label in a further column.
			for (const mark of marks) {
				const right = mark.labelX + mark.label.length * 7;
				for (const other of marks) {
					if (other.lane <= mark.lane) continue;
					const otherTop = Math.min(other.y, other.labelY) - 9;
					const otherBottom = Math.max(other.y2, other.labelY) + 9;
					const apart = otherBottom <= mark.labelY - 9 || otherTop >= mark.labelY + 9;
					expect(apart || right <= other.x - 7, `${mark.id} over ${other.id}`).toBe(true);
				}
			}
		}
	});
});

describe('vertical layout', () => {
	it('runs time downward and uses columns for lanes', () => {
		const { marks } = layoutTimeline([point('a', 10), point('b', 10), point('c', 13)], {
			orientation: 'vertical',
			width: 375,
			height: 600,
			window: week
		});
		const byId = Object.fromEntries(marks.map((m) => [m.id, m]));
		expect(byId.c.y).toBeGreaterThan(byId.a.y);
		expect(byId.a.x).toBe(byId.c.x);
		// Two events on one day: the second label slides just below the first, or takes the next column.
		expect(byId.b.labelY > byId.a.labelY || byId.b.x > byId.a.x).toBe(true);
	});
});

describe('vertical: a dot beside a bar', () => {
	const vertical = (items: TimelineItem[]) =>
		layoutTimeline(items, { orientation: 'vertical', width: 375, height: 600, window: week }).marks;
	const byId = (marks: TimelineMark[]) => Object.fromEntries(marks.map((m) => [m.id, m]));
	// Longer than a column's room, short enough to run on to the edge at 375 px.
	const headline = 'US–Russian talks in Geneva';

	it.each([
		{ case: 'a span that began before the window', bar: span('tension', day(1), day(11), true) },
		{ case: 'a span that begins in the window', bar: span('tension', day(9), day(12)) }
	])('sits in the column of $case, nudged right, with the room of the column', ({ bar }) => {
		const marks = byId(vertical([bar, point('talks', 10, headline)]));
		expect(marks.tension.lane).toBe(0);
		expect(marks.talks.lane).toBe(0);
		expect(marks.talks.x).toBe(marks.tension.x + GEOMETRY.vertical.besideBar);
		expect(headline.length * 7).toBeGreaterThan((375 - GEOMETRY.vertical.gutter) / 2 - 22);
		expect(marks.talks.label).toBe(headline);
	});

	it("keeps clear of the bar's own label", () => {
		// A month shown: the bar starts 16 hours (11 px) before the dot, which would sit on the bar's label.
		const bar = span('tension', day(9) + 20 * HOUR, day(20));
		const marks = byId(
			layoutTimeline([bar, point('talks', 10, headline)], {
				orientation: 'vertical',
				width: 375,
				height: 600,
				window: [day(1), day(31)]
			}).marks
		);
		expect(marks.talks.lane).toBe(1);
	});

	it('never nudges a bar beside another bar', () => {
		const marks = byId(vertical([span('a', day(1), day(12)), span('b', day(10), day(11))]));
		expect(marks.b.lane).toBe(1);
	});
});

describe('vertical: a cut headline takes a second line where the row below is free', () => {
	const long = 'Moskou: NAVO-Ruslandraad wordt een moment van de waarheid voor de Europese veiligheid';
	const vertical = (items: TimelineItem[], window: [number, number] = week) =>
		layoutTimeline(items, { orientation: 'vertical', width: 375, height: 600, window }).marks;

	it('breaks between words and carries on below, cut with "…" only at the end', () => {
		const [a] = vertical([point('a', 10, long)]);
		expect(a.label2).toBeDefined();
		expect(long.startsWith(`${a.label} `)).toBe(true);
		expect(long.slice(a.label.length + 1).startsWith(a.label2!.replace(/…$/, ''))).toBe(true);
		expect(a.label.endsWith('…')).toBe(false);
	});

	it.each([
		{ case: 'another headline is just below', items: [point('a', 10, long), point('b', 10, long)] },
		{
			case: 'the axis ends just below',
			items: [point('a', 14, long)],
			window: [day(9), day(14) + 15 * HOUR] as [number, number]
		}
	])('stays on one line where $case', ({ items, window }) => {
		const a = vertical(items, window).find((m) => m.id === 'a')!;
		expect(a.label.endsWith('…')).toBe(true);
		expect(a.label2).toBeUndefined();
	});

	it('stays on one line where the publication line passes just below', () => {
		const published = day(10) + DAY / 2 + 2 * HOUR;
		const { marks, publishedAt } = layoutTimeline([point('a', 10, long)], {
			orientation: 'vertical',
			width: 375,
			height: 600,
			window: week,
			published
		});
		expect(publishedAt! - marks[0].labelY).toBeLessThan(LINE_HEIGHT + 8);
		expect(marks[0].label2).toBeUndefined();
	});

	it('never on a horizontal timeline', () => {
		const marks = layoutTimeline([point('a', 10, long.repeat(3))], horizontal(600));
		expect(marks.marks[0].label2).toBeUndefined();
	});
});

describe('horizontal labels run on over the free stretch of their lane', () => {
	const long = 'Ryabkov: the situation will be assessed after the talks in Geneva, Brussels and Vienna';
	const laneOf = (items: TimelineItem[], width = 1280) =>
		layoutTimeline(items, { ...horizontal(width), window: week }).marks;
	const labelEnd = (mark: TimelineMark) => mark.labelX + mark.label.length * 7;

	it('past the usual cut when nothing follows in the lane', () => {
		const [a] = laneOf([point('a', 10, long)]);
		expect(a.label.length * 7).toBeGreaterThan(GEOMETRY.horizontal.maxLabel);
		expect(labelEnd(a)).toBeLessThanOrEqual(1280 - 12);
	});

	it('never beyond twice the usual cut, however wide the plot', () => {
		const [a] = laneOf([point('a', 10, long.repeat(3))], 2400);
		expect(a.label.endsWith('…')).toBe(true);
		expect(a.label.length * 7).toBeLessThanOrEqual(2 * GEOMETRY.horizontal.maxLabel);
	});

	it('up to the next mark in its lane', () => {
		const marks = laneOf([point('a', 10, long), point('b', 13, long)]);
		const [a, b] = [marks.find((m) => m.id === 'a')!, marks.find((m) => m.id === 'b')!];
		expect(a.lane).toBe(b.lane);
		expect(a.label.length * 7).toBeGreaterThan(GEOMETRY.horizontal.maxLabel);
		expect(labelEnd(a)).toBeLessThanOrEqual(b.x - 9 - 10);
	});

	it('short of the "later events" chip at the end of the top lane', () => {
		const marks = layoutTimeline([point('a', 13, long), point('later', 25)], {
			...horizontal(800),
			window: week
		}).marks;
		const a = marks.find((m) => m.id === 'a')!;
		expect(a.lane).toBe(0);
		expect(labelEnd(a)).toBeLessThanOrEqual(800 - 58 - 10);
	});
});

describe('vertical labels run on over free columns', () => {
	const long = 'Moskou: NAVO-Ruslandraad zal antwoorden op de Russische voorstellen';
	const vertical = (items: TimelineItem[], published?: number) =>
		layoutTimeline(items, {
			orientation: 'vertical',
			width: 375,
			height: 600,
			window: week,
			published,
			publishedLabelWidth: 100
		});
	/** Where a label's text ends, at the layout's 7 px per character. */
	const labelEnd = (mark: TimelineMark) => mark.labelX + mark.label.length * 7;
	const lane0Room = (375 - GEOMETRY.vertical.gutter) / 2 - 22;

	it.each([
		{ case: 'alone on its day', items: [point('a', 10, long)] },
		{
			case: 'with the next column taken only days later',
			items: [point('a', 10, long), point('b', 10), point('c', 13)]
		}
	])('a label $case runs past its column', ({ items }) => {
		const a = vertical(items).marks.find((m) => m.id === 'a')!;
		expect(a.lane).toBe(0);
		expect(a.label.length * 7).toBeGreaterThan(lane0Room);
		expect(labelEnd(a)).toBeLessThanOrEqual(375 - 8);
	});

	it('stops before a mark in the next column at the same height', () => {
		const { marks } = vertical([point('a', 10, long), point('b', 10, long), point('c', 10, long)]);
		const inLane1 = marks.filter((m) => m.lane === 1);
		expect(inLane1.length).toBeGreaterThan(0);
		for (const mark of marks.filter((m) => m.lane === 0)) {
			for (const other of inLane1) {
				if (Math.abs(other.y - mark.labelY) > 20 && Math.abs(other.labelY - mark.labelY) > 20) continue;
				expect(labelEnd(mark), `${mark.id} before ${other.id}`).toBeLessThanOrEqual(other.x - 10);
			}
		}
	});

	it("stops before the publication marker's label", () => {
		// Published at noon on the 10th, the day of the event: the marker's label is at the label's height.
		const published = day(10) + DAY / 2;
		const { marks, publishedAt } = vertical([point('a', 10, long)], published);
		const a = marks[0];
		expect(Math.abs(publishedAt! - 8 - a.labelY)).toBeLessThan(20);
		expect(labelEnd(a)).toBeLessThanOrEqual(375 - 4 - 100 - 10);
		// Without the marker in the way it runs on to the edge.
		expect(labelEnd(vertical([point('a', 10, long)]).marks[0])).toBeGreaterThan(375 - 4 - 100);
	});

	it('cuts a label in the last column before the plot edge, generously measured', () => {
		const { marks } = vertical([point('a', 10, long), point('b', 10, long), point('c', 10, long)]);
		const b = marks.find((m) => m.lane === 1)!;
		expect(b.label.endsWith('…')).toBe(true);
		// At 7.7 px a character, wide system fonts (7.6 px on Linux) still end inside the plot.
		expect(b.labelX + b.label.length * 7.7).toBeLessThanOrEqual(375 - 6);
	});

	it.each([
		{ case: 'above its line when nothing is there', published: day(12) + DAY / 2, side: 'above' },
		{
			case: 'below its line when a headline is above it',
			published: day(10) + DAY * 0.65,
			side: 'below'
		}
	])("puts the publication marker's label $case", ({ published, side }) => {
		const { marks, publishedAt, publishedLabelAt } = vertical(
			[point('a', 10, long), point('b', 10, long), point('c', 10, long)],
			published
		);
		expect(publishedLabelAt! < publishedAt! ? 'above' : 'below').toBe(side);
		const box = { top: publishedLabelAt! - 12, bottom: publishedLabelAt! + 3, left: 375 - 4 - 100 };
		for (const mark of marks) {
			const apart = mark.labelY + 9 <= box.top || mark.labelY - 9 >= box.bottom;
			expect(apart || labelEnd(mark) <= box.left, mark.id).toBe(true);
		}
	});

	it('keeps a label that fits whole as it is', () => {
		const { marks } = vertical([point('a', 10, 'Kort')]);
		expect(marks[0].label).toBe('Kort');
	});
});

describe('chooseTicks', () => {
	it.each([
		{ window: [day(9), day(9) + 12 * HOUR], unit: 'hour' },
		{ window: [day(9), day(15)], unit: 'day' },
		{ window: [day(1), Date.UTC(2022, 2, 1)], unit: 'week' },
		{ window: [Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1)], unit: 'month' },
		{ window: [Date.UTC(2012, 0, 1), Date.UTC(2022, 0, 1)], unit: 'year' }
	] as { window: [number, number]; unit: string }[])(
		'chooses $unit ticks for its window',
		({ window, unit }) => {
			const { ticks, tickUnit } = chooseTicks(window, 900, 90);
			expect(tickUnit).toBe(unit);
			expect(ticks.length).toBeGreaterThan(1);
		}
	);
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
