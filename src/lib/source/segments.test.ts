import { describe, expect, it } from 'vitest';
import { segmentParagraph } from './segments';

const text = 'Woensdag in Brussel, donderdag in Wenen.';

describe('segmentParagraph', () => {
	it.each([
		{ name: 'no quotes', spans: [], expected: [[text, []]] },
		{
			name: 'one quote in the middle',
			spans: [{ start: 9, end: 19, eventId: 'nrc' }],
			expected: [
				['Woensdag ', []],
				['in Brussel', ['nrc']],
				[', donderdag in Wenen.', []]
			]
		},
		{
			name: 'a quote inside another: the shorter one is named first',
			spans: [
				{ start: 0, end: 19, eventId: 'nrc' },
				{ start: 12, end: 19, eventId: 'brussels' }
			],
			expected: [
				['Woensdag in ', ['nrc']],
				['Brussel', ['brussels', 'nrc']],
				[', donderdag in Wenen.', []]
			]
		},
		{
			name: 'two adjacent quotes of one event merge',
			spans: [
				{ start: 0, end: 8, eventId: 'nrc' },
				{ start: 8, end: 19, eventId: 'nrc' }
			],
			expected: [
				['Woensdag in Brussel', ['nrc']],
				[', donderdag in Wenen.', []]
			]
		}
	])('$name', ({ spans, expected }) => {
		const segments = segmentParagraph(text, spans);
		expect(segments.map((s) => [s.text, s.eventIds])).toEqual(expected);
		expect(segments.map((s) => s.text).join('')).toBe(text);
	});
});
