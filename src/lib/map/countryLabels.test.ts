import { describe, expect, it } from 'vitest';
import { loadStory } from '$lib/story/loadStory';
import { buildStoryMap } from './buildStoryMap';
import { countryNameBox } from './countryLabels';
import { COUNTRY_NAMES } from './countryNames';
import { boxesOverlap, labelBox, markerBox } from './placeLabels';

const story = loadStory('geneva-2022');
const longest = (names: Record<string, string>) =>
	Object.values(names).reduce((a, b) => (b.length > a.length ? b : a));

describe('COUNTRY_NAMES', () => {
	it.each([
		['643', 'Rusland', 'Russia'],
		['804', 'Oekraïne', 'Ukraine'],
		['756', 'Zwitserland', 'Switzerland'],
		['056', 'België', 'Belgium'],
		['040', 'Oostenrijk', 'Austria']
	])('names %s in Dutch and English', (key, nl, en) => {
		expect(COUNTRY_NAMES[key]).toEqual({ nl, en });
	});
});

describe.each([
	{ width: 320, height: 480 },
	{ width: 600, height: 520 },
	{ width: 1280, height: 720 }
])('the Geneva country names at $width×$height', (size) => {
	const map = buildStoryMap(story, size);
	const labels = map.countryLabels ?? [];
	const boxes = labels.map((l) => countryNameBox(l.x, l.y, longest(COUNTRY_NAMES[l.key])));

	it('names only emphasised countries, each once', () => {
		const emphasised = new Set(map.countries.filter((c) => c.emphasis).map((c) => c.key));
		for (const l of labels) expect(emphasised.has(l.key), l.key).toBe(true);
		expect(new Set(labels.map((l) => l.key)).size).toBe(labels.length);
	});

	it('keeps names inside the frame, clear of markers, place labels and each other', () => {
		boxes.forEach((box, i) => {
			const key = labels[i].key;
			expect(box.x0, key).toBeGreaterThanOrEqual(0);
			expect(box.x1, key).toBeLessThanOrEqual(size.width);
			expect(box.y0, key).toBeGreaterThanOrEqual(0);
			expect(box.y1, key).toBeLessThanOrEqual(size.height);
			for (const m of map.markers) {
				const name = longest(story.places[m.placeId].name);
				expect(boxesOverlap(box, markerBox(m)), `${key} on ${m.placeId}`).toBe(false);
				expect(
					boxesOverlap(box, labelBox({ ...m, text: name }, { side: m.labelSide, shift: m.labelShift })),
					`${key} on ${m.placeId} label`
				).toBe(false);
			}
			boxes.forEach((other, j) => {
				if (j !== i) expect(boxesOverlap(box, other), `${key} on ${labels[j].key}`).toBe(false);
			});
		});
	});
});

it('names all five emphasised countries on a wide map', () => {
	const map = buildStoryMap(story, { width: 1280, height: 720 });
	expect(map.countryLabels?.map((l) => l.key).sort()).toEqual(['040', '056', '643', '756', '804']);
});
