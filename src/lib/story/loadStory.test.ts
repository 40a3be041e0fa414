import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkStory, listStorySlugs, loadStory } from './loadStory';
import { formatProblem, StoryDataError } from './problems';

const REAL_DATA = join(process.cwd(), 'data');
const temporaryDirs: string[] = [];
afterEach(() => temporaryDirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the real data folder, with the Geneva story.json changed by `edit`. */
function dataWith(edit: (story: any) => void): string {
	const dir = mkdtempSync(join(tmpdir(), 'story-data-'));
	temporaryDirs.push(dir);
	cpSync(REAL_DATA, dir, { recursive: true });
	const file = join(dir, 'stories', 'geneva-2022', 'story.json');
	const story = JSON.parse(readFileSync(file, 'utf8'));
	edit(story);
	writeFileSync(file, JSON.stringify(story, null, '\t'));
	return dir;
}

function problemLines(dataDir: string): string[] {
	return checkStory('geneva-2022', dataDir).problems.map(formatProblem);
}

describe('the Geneva story', () => {
	const story = loadStory('geneva-2022');

	it('is listed by its folder', () => {
		expect(listStorySlugs()).toContain('geneva-2022');
	});

	it('separates the header date from the first paragraph', () => {
		expect(story.article.headerDate).toBe('2022-01');
		expect(story.article.paragraphs[0].text).toMatch(/^De eerste gesprekken/);
		expect(story.article.paragraphs).toHaveLength(10);
		expect(story.article.paragraphs[3]).toMatchObject({
			id: 'p4',
			kind: 'heading',
			text: 'Moment van de waarheid'
		});
	});

	it('has the events the article reports, in time order', () => {
		const byId = Object.fromEntries(story.events.map((e) => [e.id, e]));
		expect(story.events.map((e) => e.start.iso)).toEqual([...story.events.map((e) => e.start.iso)].sort());
		expect(byId['geneva-talks']).toMatchObject({
			start: { iso: '2022-01-10' },
			placeId: 'geneva',
			status: 'reported'
		});
		expect(byId['peskov-statement']).toMatchObject({ start: { iso: '2022-01-11' }, placeId: 'moscow' });
		expect(byId['nato-russia-council']).toMatchObject({
			start: { iso: '2022-01-12' },
			placeId: 'brussels',
			status: 'announced'
		});
		expect(byId['osce-vienna']).toMatchObject({
			start: { iso: '2022-01-13' },
			placeId: 'vienna',
			status: 'announced'
		});
		expect(byId['nato-russia-council-2019'].start).toMatchObject({ iso: '2019', precision: 'year' });
		expect(byId['troop-build-up']).toMatchObject({ approximate: true, placeId: 'russia-ukraine-border' });
	});

	it('anchors every quote at the exact words of its paragraph', () => {
		for (const event of story.events) {
			for (const source of event.sources) {
				const paragraph = story.article.paragraphs.find((p) => p.id === source.paragraph)!;
				expect(paragraph.text.slice(source.start, source.end)).toBe(source.quote);
			}
		}
	});
});

describe('bad data fails with a message naming file, path, expectation and what was found', () => {
	it('a quote that is not in its paragraph', () => {
		const dir = dataWith((s) => (s.events[2].sources[0].quote = 'zijn dinsdag in Genève gesprekken gestart'));
		const lines = problemLines(dir);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/stories\/geneva-2022\/story\.json: events\[2\]\.sources\[0\]\.quote: /);
		expect(lines[0]).toContain('paragraph p6');
		expect(lines[0]).toMatch(/nearest text there: ".*in Genève.*gesprekken gestart"/);
		expect(lines[0]).toContain('(found: "zijn dinsdag in Genève gesprekken gestart")');
	});

	it('an unknown place', () => {
		const lines = problemLines(dataWith((s) => (s.events[2].place = 'atlantis')));
		expect(lines).toEqual([
			expect.stringMatching(
				/story\.json: events\[2\]\.place: expected a place listed in .*places\.json or under "places" in this story \(found: "atlantis"; known places: .*geneva/
			)
		]);
	});

	it('a place whose country code the world atlas does not have', () => {
		const dir = dataWith(() => {});
		const placesFile = join(dir, 'places.json');
		const places = JSON.parse(readFileSync(placesFile, 'utf8'));
		places.places['russia-ukraine-border'].countries[1] = '999';
		writeFileSync(placesFile, JSON.stringify(places));
		expect(problemLines(dir)).toEqual([
			`${dir}/places.json: places.russia-ukraine-border.countries[1]: expected an ISO 3166-1 numeric code of a country in the world atlas (Natural Earth) (found: "999")`
		]);
	});

	it('a city with coordinates out of range', () => {
		const dir = dataWith(() => {});
		const placesFile = join(dir, 'places.json');
		const places = JSON.parse(readFileSync(placesFile, 'utf8'));
		places.places.geneva.coordinates = [6.14, 146.2];
		writeFileSync(placesFile, JSON.stringify(places));
		expect(problemLines(dir)).toEqual([
			`${dir}/places.json: places.geneva.coordinates[1]: expected a latitude from -90 to 90 (found: 146.2)`
		]);
	});

	it('an invalid date', () => {
		const dir = dataWith((s) => (s.events[3].start = '2022-02-30'));
		const lines = problemLines(dir);
		expect(lines).toEqual([
			`${dir}/stories/geneva-2022/story.json: events[3].start: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, a date that exists (found: "2022-02-30")`
		]);
	});

	it('an empty publication name (the credit of the handout and slide pictures)', () => {
		const dir = dataWith((s) => (s.article.publication = ' '));
		expect(problemLines(dir)).toEqual([
			`${dir}/stories/geneva-2022/story.json: article.publication: expected the name of the publication, not empty text (found: "")`
		]);
		const named = dataWith((s) => (s.article.publication = 'NOS'));
		expect(checkStory('geneva-2022', named).story?.article.publication).toBe('NOS');
	});

	it('a malformed JSON file, with line and column', () => {
		const dir = dataWith(() => {});
		const file = join(dir, 'stories', 'geneva-2022', 'story.json');
		writeFileSync(file, '{\n\t"title": { "nl": "x", "en": "y" },\n\t"events": [ }\n');
		const lines = problemLines(dir);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toBe(
			`${file}: expected valid JSON: line 3, column 14: a value was expected (found: "}")`
		);
	});

	it('a missing field, an unknown field and a one-language headline, all at once', () => {
		const lines = problemLines(
			dataWith((s) => {
				delete s.events[0].status;
				s.events[1].heading = s.events[1].headline;
				s.events[4].headline = { nl: 'Alleen Nederlands' };
			})
		);
		expect(lines).toEqual(
			expect.arrayContaining([
				expect.stringMatching(
					/events\[0\]\.status: expected "reported" .* or "announced" .* \(found: nothing\)/
				),
				expect.stringMatching(/events\[1\]: unknown field "heading"; check the spelling/),
				expect.stringMatching(
					/events\[4\]\.headline\.en: expected a headline in English as text \(found: nothing\)/
				)
			])
		);
	});

	it('loadStory throws an error whose message lists the problems', () => {
		const dir = dataWith((s) => (s.events[2].place = 'atlantis'));
		expect(() => loadStory('geneva-2022', dir)).toThrowError(StoryDataError);
		expect(() => loadStory('geneva-2022', dir)).toThrowError(/1 problem:\n.*events\[2\]\.place/);
	});
});

describe("a story's own places", () => {
	const porto = { name: { nl: 'Porto', en: 'Oporto' }, kind: 'city', coordinates: [-8.61, 41.15] };

	it('sit beside the shared gazetteer', () => {
		const dir = dataWith((s) => {
			s.places = { porto };
			s.events[2].place = 'porto';
		});
		const story = loadStory('geneva-2022', dir);
		expect(story.places.porto).toMatchObject({
			id: 'porto',
			name: { en: 'Oporto' },
			coordinates: [-8.61, 41.15]
		});
		expect(Object.keys(story.places)).toContain('geneva');
	});

	it.each([
		[
			'an id the gazetteer already has',
			{ geneva: porto },
			/story\.json: places\.geneva: expected an id not already used in .*places\.json; use that place or choose another id \(found: "geneva"\)/
		],
		[
			'a city without coordinates',
			{ porto: { ...porto, coordinates: undefined } },
			/story\.json: places\.porto\.coordinates: expected coordinates for a city or region/
		]
	])('are checked like the gazetteer: %s', (_, places, message) => {
		expect(problemLines(dataWith((s) => (s.places = places)))).toEqual(
			expect.arrayContaining([expect.stringMatching(message)])
		);
	});
});
