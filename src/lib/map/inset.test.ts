import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadStory } from '$lib/story/loadStory';
import { buildStoryMap } from './buildStoryMap';
import { boxesOverlap, labelBox, markerBox } from './placeLabels';

const story = loadStory('geneva-2022');
const longestName = (placeId: string) =>
	Object.values(story.places[placeId].name).reduce((a, b) => (b.length > a.length ? b : a));

describe.each([
	{ width: 320, height: 480 },
	{ width: 600, height: 520 },
	{ width: 1280, height: 720 }
])('the Geneva inset at $width×$height', (size) => {
	const map = buildStoryMap(story, size);
	const inset = map.inset!;

	it('is a small globe in a corner, inside the frame', () => {
		expect(inset.size).toBe(90);
		expect(inset.x).toBeGreaterThanOrEqual(0);
		expect(inset.y).toBeGreaterThanOrEqual(0);
		expect(inset.x + inset.size).toBeLessThanOrEqual(size.width);
		expect(inset.y + inset.size).toBeLessThanOrEqual(size.height);
		expect(inset.land).toMatch(/^m/);
	});

	it('stays under 6 KB gzipped', () => {
		const bytes = gzipSync(JSON.stringify(inset)).length;
		console.log(`Inset at ${size.width}×${size.height}: ${bytes} bytes gzipped`);
		expect(bytes).toBeLessThan(6 * 1024);
	});

	it('outlines the main frame as a closed shape on the visible face of the globe', () => {
		expect(inset.frame).toMatch(/^M.*Z$/);
		const points = inset.frame
			.slice(1, -1)
			.split('L')
			.map((p) => p.split(',').map(Number));
		const r = inset.size / 2;
		for (const [x, y] of points) expect(Math.hypot(x - r, y - r)).toBeLessThanOrEqual(r);
		// A frame of a few hundred kilometres across shows as a small shape, not a dot.
		const xs = points.map(([x]) => x);
		expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(5);
	});

	it('covers no marker and no place label', () => {
		const box = { x0: inset.x, y0: inset.y, x1: inset.x + inset.size, y1: inset.y + inset.size };
		for (const m of map.markers) {
			expect(boxesOverlap(box, markerBox(m)), m.placeId).toBe(false);
			const label = labelBox(
				{ ...m, text: longestName(m.placeId) },
				{ side: m.labelSide, shift: m.labelShift }
			);
			expect(boxesOverlap(box, label), `${m.placeId} label`).toBe(false);
		}
	});
});
