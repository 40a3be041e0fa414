import { describe, expect, it } from 'vitest';
import { measureCharWidth, type DrawnLabel } from './labelFont';

/** Labels drawn in a font whose every character is `perChar` px wide. */
const drawn = (perChar: number, ...texts: string[]): DrawnLabel[] =>
	texts.map((text) => ({ textContent: text, getComputedTextLength: () => text.length * perChar }));

describe('measureCharWidth', () => {
	it('gives the average glyph width of the drawn headlines', () => {
		const labels = drawn(7.6, 'US–Russian talks in Geneva', 'Ryabkov: situation to be assessed…', '');
		expect(measureCharWidth(labels)).toBeCloseTo(7.6);
	});

	it.each([
		{ case: 'no label', labels: [] },
		{ case: 'too little text', labels: drawn(7.6, 'OSCE', 'Vienna') },
		{
			case: 'text that cannot be measured (jsdom)',
			labels: [{ textContent: 'US–Russian talks in Geneva, eight hours long' }] as unknown as DrawnLabel[]
		}
	])('says nothing from $case', ({ labels }) => {
		expect(measureCharWidth(labels)).toBeUndefined();
	});
});
