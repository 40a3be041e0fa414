import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkStory } from '$lib/story/linkStory';
import { formatProblem } from '$lib/story/problems';
import { gazetteerSchema, storySchema } from '$lib/story/schema';
import { importTimelineJs, TimelineImportError, type ImportOptions } from './importTimelineJs';
import { coordinate, formatCoordinates } from './timelinePlaces';

const FIXTURES = 'tests/fixtures/timelinejs';
const gazetteer = gazetteerSchema.parse(JSON.parse(readFileSync('data/places.json', 'utf8')));
const options: ImportOptions = {
	file: 'in.json',
	lang: 'en',
	published: '2025-12-01',
	takenPlaceIds: Object.keys(gazetteer.places)
};

/** The four real files, verbatim (see tests/fixtures/timelinejs/README.md). */
function example(name: string): unknown {
	const local = join(FIXTURES, name);
	return JSON.parse(readFileSync(local, 'utf8'));
}

/** Imports and then links the result exactly as the build does: the story must render. */
function importAndLink(data: unknown, extra: Partial<ImportOptions> = {}) {
	const imported = importTimelineJs(data, { ...options, ...extra });
	const story = storySchema.parse(imported.story);
	const linked = linkStory({
		slug: imported.slug,
		storyFile: 'story.json',
		articleFile: 'article.txt',
		gazetteerFile: 'places.json',
		story,
		articleText: imported.article,
		gazetteer
	});
	expect(linked.problems.map(formatProblem)).toEqual([]);
	return { ...imported, linked: linked.story! };
}

const slide = (over: Record<string, unknown> = {}) => ({
	start_date: { year: '2022', month: '1', day: '10' },
	text: { headline: 'Talks in Geneva', text: '<p>The talks began.</p>' },
	...over
});

describe('importing the real TimelineJS3 examples', () => {
	it.each([
		['houston-timeline3.json', 'whitney-houston-1963-2012', 18, 0],
		['women_in_computing.json', 'women-in-computing', 10, 0],
		['marktwain.json', 'samuel-langhorne-clemens-november-30-1835-april', 14, 10],
		['eras.json', 'eras-test', 23, 0]
	])('%s gives a story that links, with %s events', (file, slug, events, places) => {
		const { linked, slug: suggested } = importAndLink(example(file));
		expect(suggested).toBe(slug);
		expect(linked.events).toHaveLength(events);
		expect(Object.keys(linked.places)).toHaveLength(places);
		for (const event of linked.events) {
			const quote = event.sources[0];
			const paragraph = linked.article.paragraphs.find((p) => p.id === quote.paragraph)!;
			// Every event points at words of the article: its own paragraph, whole.
			expect(paragraph.text.slice(quote.start, quote.end)).toBe(quote.quote);
			expect(event.headline.nl).toBe(event.headline.en);
		}
	});

	it('houston: strings as numbers, year and day precision, <br/> in the title, HTML kept as text', () => {
		const { linked } = importAndLink(example('houston-timeline3.json'));
		expect(linked.title.en).toBe('Whitney Houston 1963 - 2012');
		expect(linked.events[0]).toMatchObject({
			id: 'a-musical-heritage',
			start: { iso: '1963-08-09', precision: 'day' }
		});
		expect(linked.events[1]).toMatchObject({
			id: 'first-recording',
			start: { iso: '1978', precision: 'year' }
		});
		const early = linked.events.find((e) => e.id === 'the-early-years')!;
		expect(early.summary.en).toContain('for the Bodyguard soundtrack');
		expect(linked.article.paragraphs.map((p) => p.text).join('\n')).not.toMatch(/[<>]/);
	});

	it('women in computing: empty strings are absent, spans keep their ends, a blockquote is text', () => {
		const { linked, warnings } = importAndLink(example('women_in_computing.json'));
		const byId = Object.fromEntries(linked.events.map((e) => [e.id, e]));
		expect(byId['and-the-women-who-made-it-work']).toMatchObject({
			start: { iso: '1943-07', precision: 'month' },
			end: { iso: '1946', precision: 'year' }
		});
		expect(byId['ada-lovelace'].end?.iso).toBe('1852-11-27');
		expect(byId['edith-clarke-bucking-the-trend'].summary.en).toMatch(
			/^There is no demand for women engineers/
		);
		// group: "" on every slide is no group at all.
		expect(warnings.map(formatProblem).join('\n')).not.toContain('groups');
	});

	it("marktwain: locations become the story's own places; empty slides and times of day are reported", () => {
		const { linked, story, warnings } = importAndLink(example('marktwain.json'));
		expect(story.places?.['florida-missouri']).toEqual({
			name: { nl: 'Florida, Missouri', en: 'Florida, Missouri' },
			kind: 'city',
			coordinates: [-91.79326, 39.491711]
		});
		// A location without a name is named by its coordinates.
		expect(Object.values(linked.places).map((p) => p.name.en)).toContain('40.71° N, 74.01° W');
		const lines = warnings.map(formatProblem);
		expect(lines).toContain('in.json: events[3]: warning: skipped: a slide with neither headline nor text');
		expect(lines).toContain('in.json: warning: times of day dropped on 16 dates: the site shows dates');
	});

	it('eras: become spans of type development, and say so', () => {
		const { linked, warnings } = importAndLink(example('eras.json'));
		const eras = linked.events.filter((e) => e.type === 'development');
		expect(eras).toHaveLength(3);
		expect(eras.every((e) => e.end !== undefined)).toBe(true);
		expect(linked.events.find((e) => e.id === 'last-great-roman-persian-war')?.start.iso).toBe('0602');
		expect(warnings.some((w) => w.path === 'eras')).toBe(true);
	});
});

describe('importing odd slides', () => {
	const one = (over: Record<string, unknown>, extra: Partial<ImportOptions> = {}) =>
		importAndLink({ title: { text: { headline: 'T', text: 'D' } }, events: [slide(), slide(over)] }, extra);

	it.each([
		['numbers as numbers', { start_date: { year: 2022, month: 1, day: 11 } }, '2022-01-11'],
		['numbers as strings with zeros', { start_date: { year: '2022', month: '01', day: '09' } }, '2022-01-09'],
		['an empty month and day', { start_date: { year: '2021', month: '', day: '' } }, '2021'],
		['null parts', { start_date: { year: 2021, month: null } }, '2021'],
		[
			'unknown keys anywhere',
			{ start_date: { year: 2021, format: '' }, sparkle: true, background: { opacity: '50' } },
			'2021'
		]
	])('%s', (_, over, start) => {
		expect(one(over).linked.events.map((e) => e.start.iso)).toContain(start);
	});

	it('skips a slide without a start date, with a warning naming it', () => {
		const { linked, warnings } = one({ start_date: undefined, text: { headline: 'Undated' } });
		expect(linked.events).toHaveLength(1);
		expect(warnings.map(formatProblem)).toContain(
			'in.json: events[1]: warning: skipped: a slide without a start date (TimelineJS skips it too) (found: "Undated")'
		);
	});

	it('skips a slide of the wrong shape, and keeps the rest', () => {
		const { linked, warnings } = importAndLink({
			events: [slide(), 'not a slide', slide({ text: { headline: 5 } })]
		});
		expect(linked.events).toHaveLength(1);
		expect(warnings.map((w) => w.path)).toEqual(['events[1]', 'events[2].text.headline']);
	});

	it('never carries markup through: HTML becomes text the site escapes', () => {
		const { linked } = one({
			text: {
				headline: '<b>Bold</b> <script>alert(1)</script>move',
				text: '<img src=x onerror=alert(1)>Words &amp; more'
			}
		});
		const event = linked.events.find((e) => e.id === 'bold-move')!;
		expect(event.headline.en).toBe('Bold move');
		expect(event.summary.en).toBe('Words & more');
	});

	it('dates after publication are announced, others reported', () => {
		const { linked } = one({ start_date: { year: 2022, month: 1, day: 12 } }, { published: '2022-01-11' });
		expect(linked.events.map((e) => [e.start.iso, e.status])).toEqual([
			['2022-01-10', 'reported'],
			['2022-01-12', 'announced']
		]);
	});

	it('unique_id becomes the id; repeated ids are numbered', () => {
		const { linked } = importAndLink({
			events: [slide({ unique_id: 'Talks' }), slide({ unique_id: 'talks' }), slide()]
		});
		expect(linked.events.map((e) => e.id)).toEqual(['talks', 'talks-2', 'talks-in-geneva']);
	});

	it('an end before the start is dropped with a warning', () => {
		const { linked, warnings } = one({ end_date: { year: 2020 } });
		expect(linked.events.every((e) => e.end === undefined)).toBe(true);
		expect(warnings[0].path).toBe('events[1].end_date');
	});

	it('a place id from the shared gazetteer is not reused', () => {
		const { story } = one({ location: { lat: '46.2', lon: '6.14', name: 'Geneva' } });
		expect(Object.keys(story.places ?? {})).toEqual(['geneva-2']);
	});

	it('a location out of range is skipped with a warning', () => {
		const { story, warnings } = one({ location: { lat: 95, lon: 6 } });
		expect(story.places).toBeUndefined();
		expect(warnings[0].path).toBe('events[1].location');
	});

	it('groups are reported, not silently lost', () => {
		const { warnings } = one({ group: 'Politics' });
		expect(warnings.map(formatProblem)).toContain(
			'in.json: warning: groups are not imported: the timeline arranges events by date (found: Politics)'
		);
	});
});

describe('files that are not TimelineJS3', () => {
	it.each([
		[
			'a list',
			[1, 2],
			'in.json: expected a TimelineJS3 file: an object with an "events" list (found: "a list of 2")'
		],
		[
			'no events',
			{ title: {} },
			'in.json: events: expected a TimelineJS3 file: an object with an "events" list (found: nothing)'
		],
		[
			'events not a list',
			{ events: {} },
			'in.json: events: expected a TimelineJS3 file: an object with an "events" list (found: "an object with keys (none)")'
		],
		[
			'no usable slide',
			{ events: [{ text: { headline: 'x' } }] },
			'in.json: events: expected at least one slide with a start date and a headline or text (found: 1 slide, none usable)'
		]
	])('%s: one line naming the problem', (_, data, message) => {
		expect(() => importTimelineJs(data, options)).toThrow(TimelineImportError);
		expect(() => importTimelineJs(data, options)).toThrow(message);
		expect(message).not.toContain('\n');
	});
});

describe('coordinates', () => {
	it.each([
		[39.49, 39.49],
		['39.49', 39.49],
		[' -91.79 ', -91.79],
		['', undefined],
		['  ', undefined],
		[null, undefined],
		['north', undefined]
	])('%j → %s', (value, number) => {
		expect(coordinate(value)).toBe(number);
	});

	it.each([
		[40.714353, -74.005973, '40.71° N, 74.01° W'],
		[-33.87, 151.21, '33.87° S, 151.21° E']
	])('a nameless place at %s, %s is called %s', (lat, lon, name) => {
		expect(formatCoordinates(lat, lon)).toBe(name);
	});
});
