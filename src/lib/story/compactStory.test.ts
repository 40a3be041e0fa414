import { describe, expect, it } from 'vitest';
import { syntheticStory } from '$lib/bench/syntheticStory';
import { fixtureStory } from '../../../tests/fixtures/story';
import { COMPACT_STORY_FORMAT, decodeStory, encodeStory } from './compactStory';

/** Through JSON and back, as the browser gets it. */
const roundTrip = (story: ReturnType<typeof fixtureStory>) =>
	decodeStory(JSON.parse(JSON.stringify(encodeStory(story))), 'story.json');

describe('compact story', () => {
	it.each([
		['the hand-made story (places, actors, sources, spans)', fixtureStory()],
		['a synthetic story (coarse dates, spans, approximate, announced)', syntheticStory({ n: 500, seed: 4 })]
	])('decodes to the same story: %s', (_, story) => {
		expect(roundTrip(story)).toEqual(story);
	});

	it('is at least a quarter smaller than the typed story as JSON', () => {
		const story = syntheticStory({ n: 2000, seed: 1 });
		const compact = JSON.stringify(encodeStory(story)).length;
		expect(compact).toBeLessThan(JSON.stringify(story).length * 0.75);
	});

	it('parses each distinct date once: events of the same day share it', () => {
		const { events } = roundTrip(syntheticStory({ n: 3000, seed: 2 }));
		const objects = new Set(events.map((e) => e.start)).size;
		expect(objects).toBe(new Set(events.map((e) => e.start.iso)).size);
		expect(objects).toBeLessThan(events.length * 0.75);
	});

	const good = () => JSON.parse(JSON.stringify(encodeStory(fixtureStory())));
	/** A spoiler that sets one cell of one row. */
	const cell = (i: number, k: number, value: unknown) => (d: any) => {
		d.events[i][k] = value;
		return d;
	};
	it.each([
		['not an object', () => 42, '(top level): expected an object (found: 42)'],
		['another format', (d: any) => ({ ...d, format: 'x@2' }), `format: expected "${COMPACT_STORY_FORMAT}"`],
		[
			'no slug',
			(d: any) => ({ ...d, story: {} }),
			'story: expected the story without its events, with a slug'
		],
		['events not a list', (d: any) => ({ ...d, events: {} }), 'events: expected a list of event rows'],
		[
			'a short row',
			(d: any) => ({ ...d, events: [d.events[0], ['x', '2022-01-10']] }),
			'events[1]: expected a row ['
		],
		['an impossible date', cell(0, 1, '2022-02-30'), 'events[0][1]: expected a date as'],
		['a bad end', cell(0, 2, 'soon'), 'events[0][2]: expected a date as YYYY-MM-DD'],
		['bad flags', cell(0, 3, 4), 'events[0][3]: expected flags 0–3'],
		['an empty id', cell(0, 0, ''), 'events[0][0]: expected an event id (found: "")'],
		['a missing headline', cell(0, 5, null), 'events[0][5]: expected a headline in en'],
		['rest not an object', cell(0, 8, [1]), "events[0][8]: expected an object with the event's"]
	])('names file, place, expectation and finding: %s', (_, spoil, message) => {
		expect(() => decodeStory(spoil(good()), 'bench/story.json')).toThrow(`bench/story.json: ${message}`);
	});
});
