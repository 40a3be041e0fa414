import { describe, expect, it } from 'vitest';
import type { TimelineMark } from './layout';
import { markShape } from './markShape';

const mark = (over: Partial<TimelineMark> = {}): TimelineMark => ({
	id: 'e',
	x: 100,
	y: 40,
	x2: 100,
	y2: 40,
	isSpan: false,
	approximate: false,
	status: 'reported',
	continuesBefore: false,
	continuesAfter: false,
	labelX: 111,
	labelY: 40,
	label: 'Talks in Geneva',
	lane: 0,
	...over
});

describe('markShape: a mark in its own coordinates', () => {
	it.each([
		['a day, horizontal', mark(), false, { dx: 0, dy: 0, labelX: 11, labelY: 0, leader: false }],
		['a span, horizontal', mark({ x2: 180, isSpan: true }), false, { dx: 80, dy: 0, leader: false }],
		['a day, vertical, label beside its dot', mark({ labelX: 112 }), true, { labelY: 0, leader: false }],
		['a day, vertical, label slid below its dot', mark({ labelY: 52 }), true, { labelY: 12, leader: true }],
		['a span, vertical', mark({ y2: 90, isSpan: true }), true, { dx: 0, dy: 50, leader: false }]
	])('%s', (_, input, vertical, expected) => {
		expect(markShape(input, vertical, 600)).toMatchObject(expected);
	});

	it('horizontally, the hit area covers the dot and the whole label', () => {
		const { hit, labelX } = markShape(mark(), false, 600, 7);
		expect(hit.x).toBeLessThanOrEqual(-7);
		expect(hit.x + hit.w).toBeGreaterThanOrEqual(labelX + 'Talks in Geneva'.length * 7);
	});

	it('vertically, the hit area runs to (a few px short of) the plot’s right edge and covers a slid label', () => {
		const { hit } = markShape(mark({ labelY: 70 }), true, 600);
		expect(100 + hit.x + hit.w).toBeGreaterThanOrEqual(600 - 4);
		expect(hit.y).toBeLessThan(30 - 4);
		expect(hit.y + hit.h).toBeGreaterThan(30 + 4);
	});

	it('vertically, a slid label leaves the row of its dot to the event whose label is there', () => {
		// Two events of one day: the second's label slid 26 px below the dot they share.
		const first = markShape(mark(), true, 600).hit;
		const second = markShape(mark({ labelY: 66 }), true, 600).hit;
		expect(second.y).toBeGreaterThanOrEqual(first.y + first.h);
	});

	it('vertically, a bar is hit along its whole length', () => {
		const { hit } = markShape(mark({ y2: 90, isSpan: true }), true, 600);
		expect(hit.y).toBeLessThanOrEqual(-8);
		expect(hit.y + hit.h).toBeGreaterThanOrEqual(50 + 8);
	});
});
