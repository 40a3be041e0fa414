import { describe, expect, it } from 'vitest';
import { DAY } from './layout';
import { MIN_SPAN, TimeWindow } from './timeWindow.svelte';

const day = (d: number) => Date.UTC(2022, 0, d);
const make = () => new TimeWindow([day(9), day(15)], [Date.UTC(2018, 0, 1), Date.UTC(2023, 0, 1)]);

describe('TimeWindow', () => {
	it('zooms in around an anchor, which stays where it was on screen', () => {
		const w = make();
		w.zoom(2, day(10));
		expect(w.value).toEqual([day(9) + DAY / 2, day(12) + DAY / 2]);
	});

	it('pans by a share of the span', () => {
		const w = make();
		w.pan(0.5);
		expect(w.value).toEqual([day(12), day(18)]);
	});

	it('never zooms past its limits nor leaves its bounds', () => {
		const w = make();
		w.zoom(1e9);
		expect(w.value[1] - w.value[0]).toBe(MIN_SPAN);
		w.zoom(1e-9);
		expect(w.value).toEqual([Date.UTC(2018, 0, 1), Date.UTC(2023, 0, 1)]);
		w.reset();
		w.pan(-1000);
		expect(w.value[0]).toBe(Date.UTC(2018, 0, 1));
	});

	it('reveals an event outside the view by moving, not zooming', () => {
		const w = make();
		w.reveal(day(20), day(21));
		expect(w.value[1] - w.value[0]).toBe(6 * DAY);
		expect(w.value[1]).toBeGreaterThan(day(21));
		expect(w.isInitial).toBe(false);
		w.reset();
		expect(w.isInitial).toBe(true);
	});
});
