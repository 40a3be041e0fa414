import { describe, expect, it } from 'vitest';
import { evaluate, expectedEvents, type ExpectedEvent } from './evaluate';
import type { Suggestion } from './suggest';

const suggestion = (paragraph: string, start: string, place?: string): Suggestion => ({
	paragraph,
	start,
	place,
	quote: 'q',
	dateText: 'd',
	approximate: false,
	status: 'reported',
	actors: [],
	confidence: 0.5,
	reason: 'r'
});
const expected = (paragraph: string, start: string, place?: string): ExpectedEvent => ({
	paragraphs: [paragraph],
	start,
	place,
	label: paragraph
});

describe('evaluate: precision over suggestions, recall over expected events', () => {
	it.each([
		[
			'all right',
			[suggestion('p1', '2022-01-10', 'geneva')],
			[expected('p1', '2022-01-10', 'geneva')],
			[1, 1, 1, 1]
		],
		[
			'wrong place',
			[suggestion('p1', '2022-01-10', 'moscow')],
			[expected('p1', '2022-01-10', 'geneva')],
			[0, 1, 0, 1]
		],
		['wrong date', [suggestion('p1', '2022-01-09')], [expected('p1', '2022-01-10')], [0, 0, 1, 1]],
		[
			'one extra',
			[suggestion('p1', '2022-01-10'), suggestion('p2', '2022-01-11')],
			[expected('p1', '2022-01-10')],
			[0.5, 0.5, 0.5, 0.5]
		],
		['one missed', [], [expected('p1', '2022-01-10')], [1, 1, 1, 1]]
	])('%s', (_, suggestions, events, [event, date, place, paragraph]) => {
		const result = evaluate(suggestions, events);
		expect([
			result.event.precision,
			result.date.precision,
			result.place.precision,
			result.paragraph.precision
		]).toEqual([event, date, place, paragraph]);
	});

	it('counts misses against recall', () => {
		const result = evaluate([], [expected('p1', '2022-01-10')]);
		expect([result.event.recall, result.missed.length]).toEqual([0, 1]);
	});

	it('pairs each suggestion with one event, the best match first', () => {
		const result = evaluate(
			[suggestion('p2', '2022-01-12', 'brussels'), suggestion('p2', '2019')],
			[expected('p2', '2019'), expected('p2', '2022-01-12', 'brussels')]
		);
		expect(result.event).toMatchObject({ correct: 2, precision: 1, recall: 1 });
	});

	it('reads a curated story: any source paragraph counts, drafts are not expected', () => {
		const events = expectedEvents({
			article: { lang: 'nl', published: '2022-01-11' },
			events: [
				{
					id: 'a',
					start: '2022-01-10',
					sources: [{ paragraph: 'p3' }, { paragraph: 'p6' }, { paragraph: 'p6' }]
				},
				{ id: 'b', start: '2022-01-12', draft: true, sources: [{ paragraph: 'p2' }] }
			]
		});
		expect(events).toEqual([{ start: '2022-01-10', paragraphs: ['p3', 'p6'], label: 'a' }]);
	});
});
