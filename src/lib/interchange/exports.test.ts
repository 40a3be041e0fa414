import { describe, expect, it } from 'vitest';
import { loadStory } from '$lib/story/loadStory';
import { fixtureStory, HOSTILE_HEADLINE } from '../../../tests/fixtures/story';
import { CSV_COLUMNS, toStoryCsv } from './exportCsv';
import { toStoryIcs } from './exportIcs';
import { toTimelineJs } from './exportTimelineJs';
import { downloadName } from './exportFormats';

const URL_NL = 'https://example.org/fixture/';
const stamp = new Date(Date.UTC(2026, 10, 30, 1, 2, 3));
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

/** A tiny RFC 4180 reader for the tests: the writer's output must read back to the same cells. */
function readCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const endField = () => {
		row.push(field);
		field = '';
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted && c === '"' && text[i + 1] === '"') {
			field += '"';
			i++;
		} else if (c === '"') quoted = !quoted;
		else if (quoted) field += c;
		else if (c === ',') endField();
		else if (c === '\r' && text[i + 1] === '\n') {
			endField();
			rows.push(row);
			row = [];
			i++;
		} else field += c;
	}
	return rows;
}

describe('CSV export', () => {
	it('has a header and one row per event, in time order, in the asked language', () => {
		const rows = readCsv(toStoryCsv(fixtureStory(), 'en', 'https://example.org/en/fixture/').slice(1));
		expect(rows[0]).toEqual([...CSV_COLUMNS]);
		expect(rows).toHaveLength(3);
		const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[2][i]]));
		expect(row).toMatchObject({
			id: 'council',
			start: '2022-01-12',
			end: '',
			precision: 'day',
			status: 'announced',
			headline: 'Council in Brussels',
			place: 'Brussels',
			latitude: '50.85',
			longitude: '4.35',
			url: 'https://example.org/en/fixture/?event=council'
		});
		expect(rows[1][CSV_COLUMNS.indexOf('headline')]).toBe(HOSTILE_HEADLINE);
	});

	it('keeps the Geneva story whole: every event, its quotes with paragraph numbers', () => {
		const story = loadStory('geneva-2022');
		const rows = readCsv(toStoryCsv(story, 'nl', URL_NL).slice(1));
		expect(rows.slice(1).map((r) => r[0])).toEqual(story.events.map((e) => e.id));
		const sources = rows.find((r) => r[0] === 'nato-russia-council')![CSV_COLUMNS.indexOf('sources')];
		expect(sources).toMatch(/^Bron: alinea 2, “/);
	});
});

describe('iCalendar export', () => {
	const ics = toStoryIcs(fixtureStory(), 'nl', { storyUrl: URL_NL, stamp });
	const lines = unfold(ics);

	it('is one calendar with one entry per event, CRLF throughout, no line over 75 octets', () => {
		expect(lines[0]).toBe('BEGIN:VCALENDAR');
		expect(lines.at(-2)).toBe('END:VCALENDAR');
		expect(ics.endsWith('\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
		for (const line of ics.split('\r\n'))
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		expect(lines).toContain('VERSION:2.0');
		expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
	});

	it('writes all-day dates with an exclusive end, UID, DTSTAMP, place and status', () => {
		const first = lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT') + 1);
		expect(first).toEqual(
			expect.arrayContaining([
				'UID:fixture.talks@example.org',
				'DTSTAMP:20261130T010203Z',
				'DTSTART;VALUE=DATE:20220110',
				'DTEND;VALUE=DATE:20220111',
				`SUMMARY;LANGUAGE=nl:${HOSTILE_HEADLINE}`,
				'LOCATION;LANGUAGE=nl:Genève',
				'GEO:46.2;6.14',
				'URL:https://example.org/fixture/?event=talks',
				'STATUS:CONFIRMED'
			])
		);
		expect(lines).toContain('STATUS:TENTATIVE');
		const description = first.find((l) => l.startsWith('DESCRIPTION'))!;
		expect(description).toContain('\\n\\nBron: alinea 1\\, “in Genève”');
	});

	it.each([
		['a day', '2022-01-10', undefined, '20220110', '20220111', ''],
		['a month: the whole month', '2022-01', undefined, '20220101', '20220201', 'Alleen de maand is bekend.'],
		['a year: the whole year', '2022', undefined, '20220101', '20230101', 'Alleen het jaar is bekend.'],
		['a span of days: through its last day', '2022-01-10', '2022-01-13', '20220110', '20220114', ''],
		['a span to a month', '1943-07', '1946', '19430701', '19470101', 'Alleen de maand is bekend.']
	])('%s', async (_, start, end, dtstart, dtend, note) => {
		const { calendarDate } = await import('$lib/story/calendarDate');
		const story = fixtureStory();
		story.events = [
			{ ...story.events[0], start: calendarDate(start), end: end ? calendarDate(end) : undefined }
		];
		const entry = unfold(toStoryIcs(story, 'nl', { storyUrl: URL_NL, stamp }));
		expect(entry).toContain(`DTSTART;VALUE=DATE:${dtstart}`);
		expect(entry).toContain(`DTEND;VALUE=DATE:${dtend}`);
		const description = entry.find((l) => l.startsWith('DESCRIPTION'))!;
		if (note) expect(description).toContain(note);
		else expect(description).not.toContain('Alleen');
	});
});

describe('TimelineJS export', () => {
	it('escapes our plain text for TimelineJS, which reads HTML', () => {
		const file = toTimelineJs(fixtureStory(), 'nl');
		expect(file.events[0].text.headline).toBe('&lt;script&gt;window.pwned = true&lt;/script&gt;Talks');
		expect(file.events[0].text.text).toContain('<p>Bron: alinea 1, “in Genève”</p>');
		expect(file.events[0].text.text).not.toContain('<img');
		expect(file.events[0]).toMatchObject({
			unique_id: 'talks',
			start_date: { year: 2022, month: 1, day: 10 },
			location: { lat: 46.2, lon: 6.14, name: 'Genève' }
		});
		expect(file.title.text.headline).toBe('Proef');
	});
});

describe('download names', () => {
	it.each([
		['ics', 'nl', 'geneva-2022-nl.ics'],
		['csv', 'en', 'geneva-2022-en.csv'],
		['timelinejs', 'en', 'geneva-2022-en.timeline.json']
	] as const)('%s in %s → %s', (format, lang, name) => {
		expect(downloadName('geneva-2022', lang, format)).toBe(name);
	});
});
