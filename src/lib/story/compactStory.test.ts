import { describe, expect, it } from 'vitest';
import { syntheticStory } from '$lib/bench/syntheticStory';
import { fixtureStory } from '../../../tests/fixtures/story';
import type { Lang } from '$lib/i18n/lang';
import type { Story } from './types';
import {
	addStoryDetails,
	decodeStoryIndex,
	encodeStory,
	STORY_DETAILS_FORMAT,
	STORY_INDEX_FORMAT
} from './compactStory';

/** Both files through JSON, as the browser gets them. */
const files = (story: Story, lang: Lang = 'en') => JSON.parse(JSON.stringify(encodeStory(story, lang)));
const roundTrip = (story: Story, lang: Lang) => {
	const { index, details } = files(story, lang);
	return addStoryDetails(decodeStoryIndex(index, 'index.json', lang), details, 'details.json');
};

describe('a large story as a timeline index and its details', () => {
	it.each([
		['the hand-made story (places, actors, sources, spans)', fixtureStory(), 'nl'],
		['the hand-made story, English index', fixtureStory(), 'en'],
		[
			'a synthetic story (coarse dates, spans, approximate, announced)',
			syntheticStory({ n: 500, seed: 4 }),
			'en'
		]
	] as const)('index plus details decode to the same story: %s', (_, story, lang) => {
		expect(roundTrip(story, lang)).toEqual(story);
	});

	it.each(['nl', 'en'] as const)(
		'the %s index alone has what the timeline draws of every event in its language, and nothing else',
		(lang) => {
			const story = fixtureStory();
			const index = decodeStoryIndex(files(story, lang).index, 'index.json', lang);
			expect(index.events).toEqual(
				story.events.map(({ id, start, end, approximate, status, placeId, headline }) =>
					JSON.parse(
						JSON.stringify({
							id,
							start,
							end,
							approximate,
							status,
							placeId,
							headline: { [lang]: headline[lang] }
						})
					)
				)
			);
			expect(index.article).toEqual({ published: story.article.published });
			expect(index.places).toEqual(story.places);
			const other = lang === 'nl' ? 'en' : 'nl';
			const text = JSON.stringify(files(story, lang).index);
			for (const event of story.events) {
				expect(text).not.toContain(JSON.stringify(event.summary[lang]));
				if (event.headline[other] !== event.headline[lang])
					expect(text).not.toContain(JSON.stringify(event.headline[other]));
			}
		}
	);

	it('at 10,000 events an index is under a quarter of the compact story', () => {
		const { index, details } = encodeStory(syntheticStory({ n: 10_000, seed: 1 }), 'en');
		const [indexSize, detailsSize] = [index, details].map((f) => JSON.stringify(f).length);
		expect(indexSize).toBeLessThan((indexSize + detailsSize) * 0.25);
	});

	it('the details alone are at least a quarter smaller than the typed story as JSON', () => {
		const story = syntheticStory({ n: 2000, seed: 1 });
		const { details } = encodeStory(story, 'en');
		expect(JSON.stringify(details).length).toBeLessThan(JSON.stringify(story).length * 0.75);
	});

	it('parses each distinct date once: events of the same day share it', () => {
		const { events } = roundTrip(syntheticStory({ n: 3000, seed: 2 }), 'en');
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
			'events[1]: expected a row [id, start, end, flags, headline, place]'
		],
		[
			'another language',
			(d: any) => ({ ...d, story: { ...d.story, lang: 'nl' } }),
			`story.lang: expected "en", the page's language (found: "nl")`
		],
		['an impossible date', cell(0, 1, '2022-02-30'), 'events[0][1]: expected a date as'],
		['a bad end', cell(0, 2, 'soon'), 'events[0][2]: expected a date as YYYY-MM-DD'],
		['bad flags', cell(0, 3, 4), 'events[0][3]: expected flags 0–3'],
		['an empty id', cell(0, 0, ''), 'events[0][0]: expected an event id (found: "")'],
		['a missing headline', cell(0, 4, null), 'events[0][4]: expected a headline in en'],
		['a place that is not text', cell(0, 5, 3), 'events[0][5]: expected a place id or "" (found: 3)']
	])('a bad index names file, place, expectation and finding: %s', (_, spoil, message) => {
		expect(() => decodeStoryIndex(spoil(files(fixtureStory()).index), 'bench/index.json', 'en')).toThrow(
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
		['a missing headline', cell(1, 2, ''), 'events[1][2]: expected a headline in en (found: "")'],
		['a missing summary', cell(1, 3, ''), 'events[1][3]: expected a summary in nl (found: "")'],
		['rest not an object', cell(0, 5, [1]), "events[0][5]: expected an object with the event's other fields"],
		[
			'rest overriding a column',
			cell(0, 5, { id: 'elsewhere' }),
			'events[0][5].id: expected nothing: the row has its own column for it'
		]
	])('bad details name file, place, expectation and finding: %s', (_, spoil, message) => {
		const { index, details } = files(fixtureStory());
		const decoded = decodeStoryIndex(index, 'bench/index.json', 'en');
		expect(() => addStoryDetails(decoded, spoil(details), 'bench/details.json')).toThrow(
			`bench/details.json: ${message}`
		);
	});
});
