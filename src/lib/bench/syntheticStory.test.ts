import { describe, expect, it } from 'vitest';
import { calendarInterval, compareCalendarDates, parseCalendarDate } from '$lib/story/calendarDate';
import { benchParams, HEADLINE_MAX, HEADLINE_MIN, MAX_EVENTS, syntheticStory } from './syntheticStory';

describe('syntheticStory', () => {
	it('gives the same story for the same seed, and another for another seed', () => {
		expect(syntheticStory({ n: 300, seed: 7 })).toEqual(syntheticStory({ n: 300, seed: 7 }));
		expect(syntheticStory({ n: 300, seed: 8 }).events).not.toEqual(
			syntheticStory({ n: 300, seed: 7 }).events
		);
	});

	it('has n events with unique ids, in time order', () => {
		const { events } = syntheticStory({ n: 1000, seed: 1 });
		expect(events).toHaveLength(1000);
		expect(new Set(events.map((e) => e.id)).size).toBe(1000);
		for (let i = 1; i < events.length; i++)
			expect(compareCalendarDates(events[i - 1].start, events[i].start)).toBeLessThanOrEqual(0);
	});

	it('writes valid calendar dates, with spans that end after they start', () => {
		const { events, article } = syntheticStory({ n: 2000, seed: 3 });
		expect(parseCalendarDate(article.published.iso)).toEqual(article.published);
		for (const event of events) {
			expect(parseCalendarDate(event.start.iso)).toEqual(event.start);
			expect(event.start.year).toBeGreaterThanOrEqual(2015);
			expect(event.start.year).toBeLessThanOrEqual(2024);
			if (!event.end) continue;
			expect(parseCalendarDate(event.end.iso)).toEqual(event.end);
			const [startFrom, startTo] = calendarInterval(event.start);
			const [endFrom, endTo] = calendarInterval(event.end);
			expect(endFrom).toBeGreaterThan(startFrom);
			expect(endTo).toBeGreaterThan(startTo);
		}
	});

	it('mixes precisions, spans, approximate and announced events in about the intended shares', () => {
		const { events } = syntheticStory({ n: 5000, seed: 11 });
		const share = (test: (e: (typeof events)[number]) => boolean) => events.filter(test).length / 5000;
		expect(share((e) => e.end !== undefined)).toBeGreaterThan(0.06);
		expect(share((e) => e.end !== undefined)).toBeLessThan(0.12);
		expect(share((e) => e.start.precision === 'month')).toBeGreaterThan(0.05);
		expect(share((e) => e.start.precision === 'year')).toBeGreaterThan(0.01);
		expect(share((e) => e.approximate)).toBeGreaterThan(0.04);
		expect(share((e) => e.status === 'announced')).toBeGreaterThan(0.12);
		expect(share((e) => e.status === 'announced')).toBeLessThan(0.18);
	});

	it('writes headlines of 20 to 90 characters in both languages', () => {
		const { events } = syntheticStory({ n: 2000, seed: 5 });
		const lengths = events.flatMap((e) => [e.headline.nl.length, e.headline.en.length]);
		expect(Math.min(...lengths)).toBeGreaterThanOrEqual(HEADLINE_MIN);
		expect(Math.max(...lengths)).toBeLessThanOrEqual(HEADLINE_MAX);
		expect(events[0].headline.nl).not.toBe(events[0].headline.en);
	});
});

describe('benchParams', () => {
	it('reads n and seed, defaulting and clamping', () => {
		expect(benchParams('?n=10000&seed=2')).toEqual({ n: 10000, seed: 2 });
		expect(benchParams('')).toEqual({ n: 1000, seed: 1 });
		expect(benchParams('?n=0')).toEqual({ n: 1, seed: 1 });
		expect(benchParams('?n=999999').n).toBe(MAX_EVENTS);
		expect(benchParams('?n=lots&seed=x')).toEqual({ n: 1000, seed: 1 });
	});
});
