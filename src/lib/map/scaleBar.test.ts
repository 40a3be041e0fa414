import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { loadStory } from '$lib/story/loadStory';
import { buildStoryMap, storyProjection } from './buildStoryMap';
import { EARTH_RADIUS_KM, roundKm } from './scaleBar';

const story = loadStory('geneva-2022');

describe('roundKm', () => {
	it.each([
		[480, 500],
		[130, 100],
		[180, 200],
		[230, 250],
		[390, 500],
		[760, 1000],
		[24, 25],
		[7, 5]
	])('%d km → %d km', (target, expected) => {
		expect(roundKm(target)).toBe(expected);
	});
});

describe.each([
	{ width: 320, height: 480 },
	{ width: 600, height: 520 },
	{ width: 1280, height: 720 }
])('the Geneva scale bar at $width×$height', (size) => {
	const map = buildStoryMap(story, size);
	const projection = storyProjection(story, size);
	const bar = map.scaleBar!;
	/** Kilometres between two viewBox points, measured on the projection. */
	const kmBetween = (a: [number, number], b: [number, number]) =>
		geoDistance(projection.invert!(a)!, projection.invert!(b)!) * EARTH_RADIUS_KM;

	it('is a round length, 15–25% of the width, at the bottom left', () => {
		expect(roundKm(bar.km)).toBe(bar.km);
		expect(bar.length / size.width).toBeGreaterThanOrEqual(0.15);
		expect(bar.length / size.width).toBeLessThanOrEqual(0.25);
		expect(bar.x).toBeLessThan(size.width / 4);
		expect(bar.y).toBeGreaterThan(size.height * 0.9);
	});

	it('matches the projection within 2% at the frame centre, where it is measured', () => {
		const [cx, cy] = [size.width / 2, size.height / 2];
		const km = kmBetween([cx - bar.length / 2, cy], [cx + bar.length / 2, cy]);
		expect(Math.abs(km - bar.km) / bar.km).toBeLessThan(0.02);
	});

	it('is still within 5% where it is drawn (a conformal conic’s scale drifts slowly)', () => {
		const km = kmBetween([bar.x, bar.y], [bar.x + bar.length, bar.y]);
		expect(Math.abs(km - bar.km) / bar.km).toBeLessThan(0.05);
	});
});
