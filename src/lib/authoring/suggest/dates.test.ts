// Also runs at UTC+14 (vitest project dates-elsewhere): chrono works in the process time zone,
// the resolved calendar dates must not.
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, isoDay, weekday } from './calendarDays';
import { findDates } from './dates';
import type { ArticleLang } from './language';

type Row = [lang: ArticleLang, published: string, sentence: string, expected: string[], previous?: string];

/** Each mention as "start[/end][ reference][ ~]". */
function resolved(lang: ArticleLang, published: string, sentence: string, previous?: string): string[] {
	return findDates(sentence, { lang, published, previous }).mentions.map(
		(m) =>
			`${m.start}${m.end ? `/${m.end}` : ''}${m.role === 'reference' ? ' reference' : ''}${m.approximate ? ' ~' : ''}`
	);
}

// Tuesday 11 January 2022, as in the Geneva story.
const TUE = '2022-01-11';

describe('findDates resolves date expressions against the publication date', () => {
	it.each<Row>([
		// Weekdays: tense or a modifier decides between the past and the coming one.
		['nl', TUE, 'Maandag al zei de minister dat het goed ging.', ['2022-01-10']],
		['nl', TUE, 'Woensdag gaan de onderhandelingen verder.', ['2022-01-12']],
		['nl', TUE, 'Vrijdag zei de minister dat het goed ging.', ['2022-01-07']],
		['nl', TUE, 'Vrijdag zal de minister spreken.', ['2022-01-14']],
		['nl', TUE, 'Afgelopen donderdag sprak de minister.', ['2022-01-06']],
		['nl', TUE, 'Komende maandag spreekt de minister.', ['2022-01-17']],
		['nl', TUE, 'Dat laat de woordvoerder dinsdag weten.', ['2022-01-11']],
		['en', TUE, 'The minister spoke on Friday.', ['2022-01-07']],
		['en', TUE, 'The minister will speak on Friday.', ['2022-01-14']],
		['en', TUE, 'Ambassadors met last Thursday.', ['2022-01-06']],
		['en', TUE, 'Ministers meet next Monday.', ['2022-01-17']],
		// Days counted from publication.
		['nl', TUE, 'Vandaag tekenden zij het akkoord.', ['2022-01-11']],
		['nl', TUE, 'Gisteren sprak hij in Wenen.', ['2022-01-10']],
		['nl', TUE, 'Eergisteren sprak hij in Wenen.', ['2022-01-09']],
		['nl', TUE, 'Overmorgen spreekt hij in Wenen.', ['2022-01-13']],
		['en', TUE, 'He spoke in Vienna yesterday.', ['2022-01-10']],
		['en', TUE, 'She told reporters today.', ['2022-01-11']],
		// Counted from the previous event, not from publication.
		['nl', TUE, 'Een dag later is er overleg voorzien.', ['2022-01-13'], '2022-01-12'],
		['nl', TUE, 'Twee dagen later reisde zij door.', ['2022-01-14'], '2022-01-12'],
		['nl', TUE, 'De dag ervoor sprak hij al.', ['2022-01-11'], '2022-01-12'],
		['en', TUE, 'The following day, talks resume.', ['2022-01-13'], '2022-01-12'],
		['en', TUE, 'A day earlier he had spoken.', ['2022-01-11'], '2022-01-12'],
		['en', TUE, 'The talks continued the day before yesterday.', ['2022-01-09'], '2022-01-12'],
		['en', TUE, 'The following day, talks resume.', [], undefined],
		// Day and month without a year: the nearest year, moved by the tense.
		['nl', TUE, 'Op 27 november zei hij het al.', ['2021-11-27']],
		['en', TUE, 'The council meets on February 3.', ['2022-02-03']],
		['en', '2023-12-20', 'Ministers will meet on January 8 and 9.', ['2024-01-08/2024-01-09']],
		['en', '2022-06-15', 'The treaty was signed on 20 December.', ['2021-12-20']],
		['en', '2022-06-15', 'The treaty will be signed on 2 January.', ['2023-01-02']],
		['nl', TUE, 'Op 14 januari 2021 tekenden zij.', ['2021-01-14']],
		// Spans.
		['nl', TUE, 'Op 1 en 2 februari vergaderen de ministers.', ['2022-02-01/2022-02-02']],
		['nl', TUE, 'Van 1 tot 3 februari vergaderen de ministers.', ['2022-02-01/2022-02-03']],
		['en', TUE, 'Ministers meet on 1 and 2 February.', ['2022-02-01/2022-02-02']],
		['en', TUE, 'Ministers meet from 3 to 5 March.', ['2022-03-03/2022-03-05']],
		// A month or a year alone keeps that precision.
		['nl', TUE, 'In februari zal de top plaatsvinden.', ['2022-02']],
		['en', '2023-12-20', 'The idea surfaced in March.', ['2023-03']],
		['nl', TUE, 'De crisis begon in oktober 2021.', ['2021-10']],
		['nl', TUE, 'In 2019 kwam de raad bijeen.', ['2019']],
		// Named in passing: another event's date.
		['nl', TUE, 'De eerste NAVO-Ruslandraad sinds 2019.', ['2019 reference']],
		['en', TUE, 'The route has been closed since 2020.', ['2020 reference']],
		['nl', TUE, 'De raad van woensdag wordt belangrijk.', ['2022-01-12 reference']],
		['en', TUE, "Wednesday's meeting will be tense.", ['2022-01-12 reference']],
		// A stretch ending at the sentence's own date, its start estimated.
		[
			'nl',
			TUE,
			'Na weken van spanningen zijn maandag gesprekken gestart.',
			['2021-12/2022-01-10 ~', '2022-01-10']
		],
		// Not dates: times of day, numbers, durations.
		['nl', TUE, 'Die gesprekken duurden acht uur.', []],
		['en', TUE, 'The meeting opened at 10 am with 2000 delegates.', []],
		['nl', TUE, 'Er zijn 2019 militairen gelegerd.', []],
		['nl', TUE, 'Een duidelijke deadline is er niet.', []]
	])('%s, published %s: %s', (lang, published, sentence, expected, previous) => {
		expect(resolved(lang, published, sentence, previous)).toEqual(expected);
	});

	it('"een dag na <iets>" describes another event when the sentence has its own date', () => {
		const sentence = 'Dat laat Peskov dinsdag weten, een dag na de start van de onderhandelingen in Genève.';
		const found = findDates(sentence, { lang: 'nl', published: TUE });
		expect(found.mentions.map((m) => m.start)).toEqual(['2022-01-11']);
		expect(found.elsewhere.map((s) => s.text)).toEqual([
			'een dag na de start van de onderhandelingen in Genève.'
		]);
	});

	it('counts "een dag later" from the event just before it, in the same sentence too', () => {
		const found = findDates('Maandag sprak hij, een dag later zweeg hij.', { lang: 'nl', published: TUE });
		expect(found.mentions.map((m) => m.start)).toEqual(['2022-01-10', '2022-01-11']);
		expect(found.previous).toBe('2022-01-11');
	});

	it('a date named in passing does not become the anchor for "een dag later"', () => {
		const first = findDates('Woensdag vergaderen zij, voor het eerst sinds 2019.', {
			lang: 'nl',
			published: TUE
		});
		const next = findDates('Een dag later volgt overleg.', {
			lang: 'nl',
			published: TUE,
			previous: first.previous
		});
		expect(next.mentions.map((m) => m.start)).toEqual(['2022-01-13']);
	});

	it('says how each date was resolved', () => {
		const [mention] = findDates('Woensdag gaan de onderhandelingen verder.', {
			lang: 'nl',
			published: TUE
		}).mentions;
		expect(mention.how).toBe('“Woensdag”: Wednesday of the week of publication, future tense');
		expect(mention.confidence).toBeGreaterThan(0.5);
	});
});

describe('calendar days', () => {
	it.each([
		['2022-01-11', 2, '2022-01-13'],
		['2024-02-28', 2, '2024-03-01'],
		['2023-12-31', 1, '2024-01-01'],
		['2022-01-01', -1, '2021-12-31']
	])('%s + %i days = %s', (iso, days, expected) => {
		expect(addDays(iso, days)).toBe(expected);
	});

	it.each([
		['2022-01-10', 1],
		['2022-01-11', 2],
		['2024-03-03', 0],
		['1970-01-01', 4]
	])('%s falls on weekday %i', (iso, day) => {
		expect(weekday(dayNumber(iso))).toBe(day);
		expect(isoDay(dayNumber(iso))).toBe(iso);
	});
});
