import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadStory } from '$lib/story/loadStory';
import type { Story } from '$lib/story/types';
import { buildMapFrames, buildStoryMap, mapPadding } from './buildStoryMap';
import { MAP_FRAMES } from './frames';
import { boxesOverlap, labelBox, markerBox } from './placeLabels';
import type { StoryMap } from './types';

const story = loadStory('geneva-2022');
const SIZES = [MAP_FRAMES.tall, { width: 320, height: 480 }, MAP_FRAMES.wide, { width: 1280, height: 720 }];
const longestName = (placeId: string) =>
	Object.values(story.places[placeId].name).reduce((a, b) => (b.length > a.length ? b : a));

describe.each(SIZES)('the Geneva map at $width×$height', (size) => {
	const map = buildStoryMap(story, size);

	it('has the requested viewBox', () => {
		expect([map.width, map.height]).toEqual([size.width, size.height]);
	});

	it('puts every marker inside the frame, clear of the padding', () => {
		const pad = mapPadding(size);
		for (const marker of map.markers) {
			expect(marker.x, marker.placeId).toBeGreaterThanOrEqual(pad - 0.5);
			expect(marker.x, marker.placeId).toBeLessThanOrEqual(size.width - pad + 0.5);
			expect(marker.y, marker.placeId).toBeGreaterThanOrEqual(pad - 0.5);
			expect(marker.y, marker.placeId).toBeLessThanOrEqual(size.height - pad + 0.5);
		}
	});

	it('places labels inside the frame, clear of each other and of other markers', () => {
		const labels = map.markers.map((m) =>
			labelBox({ ...m, text: longestName(m.placeId) }, { side: m.labelSide, shift: m.labelShift })
		);
		labels.forEach((label, i) => {
			const id = map.markers[i].placeId;
			expect(label.x0, id).toBeGreaterThanOrEqual(0);
			expect(label.x1, id).toBeLessThanOrEqual(size.width);
			expect(label.y0, id).toBeGreaterThanOrEqual(0);
			expect(label.y1, id).toBeLessThanOrEqual(size.height);
			map.markers.forEach((other, j) => {
				if (j === i) return;
				expect(boxesOverlap(label, labels[j]), `${id} label on ${other.placeId} label`).toBe(false);
				expect(boxesOverlap(label, markerBox(other)), `${id} label on ${other.placeId} marker`).toBe(false);
			});
		});
	});
});

describe('the Geneva map at the default size', () => {
	const map = buildStoryMap(story);
	const country = (key: string) => map.countries.find((c) => c.key === key);

	it('is 600×520', () => {
		expect([map.width, map.height]).toEqual([600, 520]);
	});

	it.each([
		['756', 'Switzerland', true],
		['056', 'Belgium', true],
		['040', 'Austria', true],
		['643', 'Russia', true],
		['804', 'Ukraine', true],
		['276', 'Germany', false],
		['616', 'Poland', false]
	])('draws %s (%s), emphasised: %s', (key, name, emphasis) => {
		expect(country(key)).toMatchObject({ name, emphasis });
		expect(country(key)?.d).toMatch(/^m/);
	});

	it.each([
		['840', 'USA'],
		['076', 'Brazil'],
		['036', 'Australia']
	])('leaves out far-away %s (%s)', (key) => {
		expect(country(key)).toBeUndefined();
	});

	it('draws the border place as a line, with its marker on that line', () => {
		expect(map.borderPlaces).toHaveLength(1);
		const [border] = map.borderPlaces;
		expect(border.placeId).toBe('russia-ukraine-border');
		expect(border.d.length).toBeGreaterThan(100);
		const marker = map.markers.find((m) => m.placeId === 'russia-ukraine-border');
		expect(marker?.kind).toBe('border');
	});

	it('draws the internal boundaries as one path', () => {
		expect(map.boundaries).toMatch(/^m/);
	});

	it('orders markers by each place’s first event', () => {
		expect(map.markers.map((m) => m.placeId)).toEqual([
			'russia-ukraine-border',
			'geneva',
			'moscow',
			'brussels',
			'vienna'
		]);
	});

	it('is plain serialisable data', () => {
		expect(JSON.parse(JSON.stringify(map))).toEqual(map);
	});

	it('draws Crimea with Ukraine, and says so', () => {
		expect(map.crimea).toMatch(/^m/);
		expect(map.showsCrimea).toBe(true);
	});
});

describe('the page’s share of the map (buildMapFrames)', () => {
	const frames = buildMapFrames(story);

	it('has both frames, each with every marker', () => {
		expect([frames.wide.width, frames.wide.height]).toEqual([MAP_FRAMES.wide.width, MAP_FRAMES.wide.height]);
		expect([frames.tall.width, frames.tall.height]).toEqual([MAP_FRAMES.tall.width, MAP_FRAMES.tall.height]);
		expect(frames.tall.markers.map((m) => m.placeId)).toEqual(frames.wide.markers.map((m) => m.placeId));
	});

	it('leaves the base geometry out: it is in the base map files', () => {
		for (const frame of [frames.wide, frames.tall]) {
			expect(Object.keys(frame).sort()).toEqual(
				[
					'borderPlaces',
					'countryLabels',
					'height',
					'markers',
					'routes',
					'scaleBar',
					'showsCrimea',
					'width'
				].sort()
			);
		}
	});

	it('stays under 3 KB gzipped for both frames together', () => {
		const bytes = gzipSync(JSON.stringify(frames)).length;
		console.log(`Geneva map overlays JSON: ${(bytes / 1024).toFixed(1)} KB gzipped`);
		expect(bytes).toBeLessThan(3 * 1024);
	});
});

describe('bad places', () => {
	const withPlace = (id: string, change: Partial<Story['places'][string]>): Story => ({
		...story,
		places: { ...story.places, [id]: { ...story.places[id], ...change } }
	});

	it('names the place and the code when a border country is unknown', () => {
		const bad = withPlace('russia-ukraine-border', { countries: ['643', '999'] });
		expect(() => buildStoryMap(bad)).toThrow(/"russia-ukraine-border".*"999"/);
	});

	it('refuses a border between countries that share none', () => {
		const bad = withPlace('russia-ukraine-border', { countries: ['643', '756'] });
		expect(() => buildStoryMap(bad)).toThrow(/russia-ukraine-border/);
	});
});

describe('a story with one place', () => {
	const map: StoryMap = buildStoryMap({
		...story,
		events: story.events.filter((e) => e.placeId === 'geneva')
	});

	it('still shows the surroundings, not an infinite zoom', () => {
		expect(map.markers).toHaveLength(1);
		const [{ x, y }] = map.markers;
		expect(Math.abs(x - 300)).toBeLessThan(20);
		expect(Math.abs(y - 260)).toBeLessThan(20);
		expect(map.countries.map((c) => c.key)).toEqual(expect.arrayContaining(['756', '250', '380']));
	});
});
