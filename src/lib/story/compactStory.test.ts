import { describe, expect, it } from 'vitest';
import { syntheticStory } from '$lib/bench/syntheticStory';
import { fixtureStory } from '../../../tests/fixtures/story';
import type { Story } from './types';
import {
	addStoryDetails,
	decodeStoryIndex,
	encodeStory,
	STORY_DETAILS_FORMAT,
	STORY_INDEX_FORMAT
} from './compactStory';

/** Both files through JSON, as the browser gets them. */
const files = (story: Story) => JSON.parse(JSON.stringify(encodeStory(story)));
const roundTrip = (story: Story) => {
	const { index, details } = files(story);
	return addStoryDetails(decodeStoryIndex(index, 'index.json'), details, 'details.json');
};

describe('a large story as a timeline index and its details', () => {
	it.each([
		['the hand-made story (places, actors, sources, spans)', fixtureStory()],
		['a synthetic story (coarse dates, spans, approximate, announced)', syntheticStory({ n: 500, seed: 4 })]
	])('index plus details decode to the same story: %s', (_, story) => {
		expect(roundTrip(story)).toEqual(story);
	});

	it('the index alone has what the timeline draws of every event, and no summaries', () => {
		const story = fixtureStory();
		const index = decodeStoryIndex(files(story).index, 'index.json');
		expect(index.events).toEqual(
			story.events.map(({ id, start, end, approximate, status, placeId, headline }) =>
				JSON.parse(JSON.stringify({ id, start, end, approximate, status, placeId, headline }))
			)
		);
		expect(index.article).toEqual({ published: story.article.published });
		expect(index.places).toEqual(story.places);
		expect(JSON.stringify(files(story).index)).not.toContain(story.events[0].summary.en);
	});

	it('at 10,000 events the index is under two fifths of the compact story', () => {
		const { index, details } = encodeStory(syntheticStory({ n: 10_000, seed: 1 }));
		const [indexSize, detailsSize] = [index, details].map((f) => JSON.stringify(f).length);
		expect(indexSize).toBeLessThan((indexSize + detailsSize) * 0.4);
	});

	it('both files together are at least a quarter smaller than the typed story as JSON', () => {
		const story = syntheticStory({ n: 2000, seed: 1 });
		const { index, details } = encodeStory(story);
		const compact = JSON.stringify(index).length + JSON.stringify(details).length;
		expect(compact).toBeLessThan(JSON.stringify(story).length * 0.75);
	});

	it('parses each distinct date once: events of the same day share it', () => {
		const { events } = roundTrip(syntheticStory({ n: 3000, seed: 2 }));
		const objects = new Set(events.map((e) => e.start)).size;
		expect(objects).toBe(new Set(events.map((e) => e.start.iso)).size);
		expect(objects).toBeLessThan(events.length * 0.75);
	});

	/** A spoiler that sets one cell of one row. */
	const cell = (i: number, k: number, value: unknown) => (d: any) => {
		d.events[i][k] = value;
		return d;
	};

	it.each([
		['not an object', () => 42, '(top level): expected an object (found: 42)'],
		['another format', (d: any) => ({ ...d, format: 'x@2' }), `format: expected "${STORY_INDEX_FORMAT}"`],
		[
			'no slug',
			(d: any) => ({ ...d, story: {} }),
			'story: expected the story without its events, with a slug'
		],
		['events not a list', (d: any) => ({ ...d, events: {} }), 'events: expected a list of event rows'],
		[
			'a short row',
			(d: any) => ({ ...d, events: [d.events[0], ['x', '2022-01-10']] }),
			'events[1]: expected a row [id, start, end, flags, headline nl, headline en, place]'
		],
		['an impossible date', cell(0, 1, '2022-02-30'), 'events[0][1]: expected a date as'],
		['a bad end', cell(0, 2, 'soon'), 'events[0][2]: expected a date as YYYY-MM-DD'],
		['bad flags', cell(0, 3, 4), 'events[0][3]: expected flags 0–3'],
		['an empty id', cell(0, 0, ''), 'events[0][0]: expected an event id (found: "")'],
		['a missing headline', cell(0, 5, null), 'events[0][5]: expected a headline in en'],
		['a place that is not text', cell(0, 6, 3), 'events[0][6]: expected a place id or "" (found: 3)']
	])('a bad index names file, place, expectation and finding: %s', (_, spoil, message) => {
		expect(() => decodeStoryIndex(spoil(files(fixtureStory()).index), 'bench/index.json')).toThrow(
			`bench/index.json: ${message}`
		);
	});

	it.each([
		['another format', (d: any) => ({ ...d, format: 'x@2' }), `format: expected "${STORY_DETAILS_FORMAT}"`],
		['another story', (d: any) => ({ ...d, slug: 'other' }), `slug: expected the index's slug`],
		['no article', (d: any) => ({ ...d, story: {} }), 'story: expected the rest of the story'],
		[
			'a row missing',
			(d: any) => ({ ...d, events: d.events.slice(1) }),
			`events: expected ${fixtureStory().events.length} rows, one per event of the index`
		],
		['rows out of order', cell(0, 0, 'elsewhere'), `events[0][0]: expected the index's id`],
		['a missing summary', cell(1, 1, ''), 'events[1][1]: expected a summary in nl (found: "")'],
		['rest not an object', cell(0, 3, [1]), "events[0][3]: expected an object with the event's other fields"]
	])('bad details name file, place, expectation and finding: %s', (_, spoil, message) => {
		const { index, details } = files(fixtureStory());
		const decoded = decodeStoryIndex(index, 'bench/index.json');
		expect(() => addStoryDetails(decoded, spoil(details), 'bench/details.json')).toThrow(
			`bench/details.json: ${message}`
		);
	});
});
