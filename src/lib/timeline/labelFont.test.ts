import { afterEach, describe, expect, it, vi } from 'vitest';
import { LABEL_FONT_SIZE, measureCharWidth } from './labelFont';

/** A canvas whose font draws every character `perChar` px wide, recording the font it was given. */
function fakeCanvas(perChar: number) {
	const fonts: string[] = [];
	class FakeOffscreenCanvas {
		getContext() {
			return {
				set font(value: string) {
					fonts.push(value);
				},
				measureText: (text: string) => ({ width: text.length * perChar })
			};
		}
	}
	vi.stubGlobal('OffscreenCanvas', FakeOffscreenCanvas);
	return fonts;
}

describe('measureCharWidth', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('gives the average glyph width of the headlines, in the labels’ font', () => {
		const fonts = fakeCanvas(7.6);
		expect(measureCharWidth('DejaVu Sans', [{ label: 'Talks in Geneva' }, { label: 'OSCE' }])).toBeCloseTo(
			7.6
		);
		expect(fonts).toEqual([`${LABEL_FONT_SIZE}px DejaVu Sans`]);
	});

	it('says nothing where text cannot be measured, or there is none', () => {
		expect(measureCharWidth('sans-serif', [{ label: 'Talks' }])).toBeUndefined();
		fakeCanvas(7);
		expect(measureCharWidth('sans-serif', [])).toBeUndefined();
	});
});
