/** Export to TimelineJS, import it again: the same events, dates and places come back. */
import { describe, expect, it } from 'vitest';
import { loadStory } from '$lib/story/loadStory';
import { linkStory } from '$lib/story/linkStory';
import { storySchema } from '$lib/story/schema';
import type { Story } from '$lib/story/types';
import { fixtureStory } from '../../../tests/fixtures/story';
import { toTimelineJs } from './exportTimelineJs';
import { importTimelineJs } from './importTimelineJs';

function roundTrip(story: Story, lang: 'nl' | 'en'): Story {
	// Through JSON text, as the file would travel.
	const file = JSON.parse(JSON.stringify(toTimelineJs(story, lang)));
	const imported = importTimelineJs(file, { file: 'x.json', lang, published: story.article.published.iso });
	const linked = linkStory({
		slug: story.slug,
		storyFile: 'story.json',
		articleFile: 'article.txt',
		gazetteerFile: 'places.json',
		story: storySchema.parse(imported.story),
		articleText: imported.article,
		gazetteer: { places: {} }
	});
	expect(linked.problems).toEqual([]);
	return linked.story!;
}

const essentials = (story: Story, lang: 'nl' | 'en') =>
	story.events.map((e) => {
		const place = e.placeId ? story.places[e.placeId] : undefined;
		return {
			id: e.id,
			start: e.start.iso,
			end: e.end?.iso,
			status: e.status,
			headline: e.headline[lang],
			place: place?.coordinates ? { name: place.name[lang], coordinates: place.coordinates } : undefined
		};
	});

describe('TimelineJS round trip', () => {
	it.each([
		['the Geneva story in Dutch', () => loadStory('geneva-2022'), 'nl'],
		['the Geneva story in English', () => loadStory('geneva-2022'), 'en'],
		['hostile text', fixtureStory, 'nl']
	] as const)('%s', (_, make, lang) => {
		const story = make();
		const back = roundTrip(story, lang);
		expect(essentials(back, lang)).toEqual(essentials(story, lang));
		expect(back.title[lang]).toBe(story.title[lang]);
		expect(back.description[lang]).toBe(story.description[lang]);
	});
});
