/**
 * The projection is fitted so every place shows with room to spare, in each frame, at the widths
 * readers see it: a phone (320), a tablet (768) and a desktop (1280 px).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStory } from '$lib/story/loadStory';
import type { Place } from '$lib/story/types';
import { borderLine, mapPadding, storyProjection } from './buildStoryMap';
import { FRAME_VARIANTS, frameAtWidth, MAP_FRAMES } from './frames';

const story = loadStory('geneva-2022');
const gazetteer = JSON.parse(readFileSync('data/places.json', 'utf8')) as {
	places: Record<string, Omit<Place, 'id'>>;
};
const kyiv = gazetteer.places.kyiv.coordinates!;

/** What must show: each point place, Kyiv, and every vertex of each border place's line. */
const mustShow: [string, [number, number][]][] = [
	...Object.values(story.places).map((p): [string, [number, number][]] => [
		p.id,
		p.kind === 'border' ? (borderLine(p).coordinates.flat() as [number, number][]) : [p.coordinates!]
	]),
	['kyiv', [kyiv]]
];
const allPoints = mustShow.flatMap(([, points]) => points);

it('checks the places the issue names', () => {
	expect(mustShow.map(([id]) => id).sort()).toEqual([
		'brussels',
		'geneva',
		'kyiv',
		'moscow',
		'russia-ukraine-border',
		'vienna'
	]);
});

describe.each(FRAME_VARIANTS.flatMap((variant) => [320, 768, 1280].map((width) => ({ variant, width }))))(
	'the $variant frame at $width px',
	({ variant, width }) => {
		const size = frameAtWidth(variant, width);
		const projection = storyProjection(story, size);
		const pad = mapPadding(size);

		it('keeps the frame’s shape', () => {
			const frame = MAP_FRAMES[variant];
			expect(size.height / size.width).toBeCloseTo(frame.height / frame.width, 2);
		});

		it.each(mustShow)('shows %s inside the frame, clear of the padding', (id, points) => {
			for (const at of points) {
				const [x, y] = projection(at)!;
				expect(x, `${id} x`).toBeGreaterThanOrEqual(pad - 0.5);
				expect(x, `${id} x`).toBeLessThanOrEqual(size.width - pad + 0.5);
				expect(y, `${id} y`).toBeGreaterThanOrEqual(pad - 0.5);
				expect(y, `${id} y`).toBeLessThanOrEqual(size.height - pad + 0.5);
			}
		});

		it('fills the frame: the places span its width or its height, less the padding', () => {
			const xs = allPoints.map((at) => projection(at)![0]);
			const ys = allPoints.map((at) => projection(at)![1]);
			const spanX = Math.max(...xs) - Math.min(...xs);
			const spanY = Math.max(...ys) - Math.min(...ys);
			const fills = Math.max(spanX / (size.width - 2 * pad), spanY / (size.height - 2 * pad));
			expect(fills).toBeGreaterThan(0.98);
		});
	}
);

describe('frameAtWidth', () => {
	it.each([
		['wide', 600, { width: 600, height: 520 }],
		['wide', 300, { width: 300, height: 260 }],
		['tall', 320, { width: 320, height: 440 }],
		['tall', 768, { width: 768, height: 1056 }]
	] as const)('%s at %i px is %o', (variant, width, expected) => {
		expect(frameAtWidth(variant, width)).toEqual(expected);
	});

	it('makes the tall frame portrait and the wide one landscape', () => {
		expect(MAP_FRAMES.tall.height).toBeGreaterThan(MAP_FRAMES.tall.width);
		expect(MAP_FRAMES.wide.width).toBeGreaterThan(MAP_FRAMES.wide.height);
	});
});
