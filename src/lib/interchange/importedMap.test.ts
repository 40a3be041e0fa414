/** Imported places can lie anywhere in the world: the map must still fit them all in its frame. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStoryMap } from '$lib/map/buildStoryMap';
import { MAP_FRAMES } from '$lib/map/frames';
import { linkStory } from '$lib/story/linkStory';
import { storySchema } from '$lib/story/schema';
import { importTimelineJs } from './importTimelineJs';

function importedStory(data: unknown) {
	const imported = importTimelineJs(data, { file: 'x.json', lang: 'en', published: '2025-12-01' });
	return linkStory({
		slug: 'x',
		storyFile: 'story.json',
		articleFile: 'article.txt',
		gazetteerFile: 'places.json',
		story: storySchema.parse(imported.story),
		articleText: imported.article,
		gazetteer: { places: {} }
	}).story!;
}

const slide = (lat: number, lon: number, name: string) => ({
	start_date: { year: 2020 },
	text: { headline: name },
	location: { lat, lon, name }
});

describe('the map of imported places', () => {
	it.each([
		[
			'marktwain.json: the United States, Hawaii and the Baltic',
			JSON.parse(readFileSync('tests/fixtures/timelinejs/marktwain.json', 'utf8'))
		],
		['one place in the southern hemisphere', { events: [slide(-33.87, 151.21, 'Sydney')] }],
		[
			'places across the date line',
			{ events: [slide(-41.29, 174.78, 'Wellington'), slide(21.31, -157.86, 'Honolulu')] }
		],
		[
			'South America',
			{ events: [slide(-34.6, -58.38, 'Buenos Aires'), slide(-22.91, -43.17, 'Rio de Janeiro')] }
		]
	])('%s: every marker inside the frame', (_, data) => {
		const story = importedStory(data);
		for (const frame of Object.values(MAP_FRAMES)) {
			const map = buildStoryMap(story, frame);
			expect(map.markers).toHaveLength(Object.keys(story.places).length);
			for (const marker of map.markers) {
				expect(marker.x).toBeGreaterThanOrEqual(0);
				expect(marker.x).toBeLessThanOrEqual(frame.width);
				expect(marker.y).toBeGreaterThanOrEqual(0);
				expect(marker.y).toBeLessThanOrEqual(frame.height);
			}
		}
	});
});
