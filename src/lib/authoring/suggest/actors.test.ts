import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorMatcher, findPeople, knownActorsSchema, slugify } from './actors';
import { NameMatcher } from './names';

const known = knownActorsSchema.parse(
	JSON.parse(readFileSync(join(process.cwd(), 'data/actors.json'), 'utf8'))
);
const knownNames = new NameMatcher(
	Object.entries(known.actors).map(([id, a]) => ({ id, names: [a.name.nl, a.name.en, ...a.aliases] }))
);

describe('findPeople: capitalised names that are no known name, title or date word', () => {
	it.each<['nl' | 'en', string, string[]]>([
		['nl', 'Dat laat Kremlinwoordvoerder Dmitri Peskov dinsdag weten.', ['Dmitri Peskov']],
		['nl', 'De onderminister van Buitenlandse Zaken Sergej Rjabkov sprak.', ['Sergej Rjabkov']],
		['nl', 'Gesprekken tussen Wendy Sherman en haar collega.', ['Wendy Sherman']],
		['nl', 'Ursula von der Leyen en Mark Rutte spraken.', ['Ursula von der Leyen', 'Mark Rutte']],
		['en', 'US Secretary of State Antony Blinken said on Monday.', ['Antony Blinken']],
		['nl', 'De Organisatie voor Veiligheid en Samenwerking in Europa vergadert.', []],
		['nl', 'Maandag al zei De Russen niets.', []],
		['en', 'Foreign Affairs Minister told the NATO Council.', []]
	])('%s: %s', (lang, text, expected) => {
		expect(findPeople([text], lang, knownNames).map((p) => p.name)).toEqual(expected);
	});
});

describe('actorMatcher: people, organisations and countries in a sentence', () => {
	const people = findPeople(['Kremlinwoordvoerder Dmitri Peskov sprak.'], 'nl', knownNames);
	const matcher = actorMatcher({}, known, people);

	it.each([
		['De NAVO-Ruslandraad van woensdag.', ['nato', 'russia']],
		['The NATO-Russia Council met.', ['nato', 'russia']],
		['Binnen de Organisatie voor Veiligheid en Samenwerking in Europa (OVSE).', ['osce', 'osce']],
		['Dat laat Kremlinwoordvoerder Dmitri Peskov weten.', ['kremlin', 'dmitri-peskov']],
		['Een duidelijke deadline is er niet, zei Peskov.', ['dmitri-peskov']],
		['Let us talk, said the minister.', []]
	])('%s', (text, expected) => {
		expect(matcher.find(text).map((m) => m.id)).toEqual(expected);
	});

	it('prefers the story’s own actor ids to the shared list', () => {
		const story = { navo: { name: { nl: 'NAVO', en: 'NATO' } } };
		expect(
			actorMatcher(story, known, [])
				.find('De NAVO vergadert.')
				.map((m) => m.id)
		).toEqual(['navo']);
	});
});

describe('slugify', () => {
	it.each([
		['Sergej Rjabkov', 'sergej-rjabkov'],
		['Volodymyr Zelenskyj', 'volodymyr-zelenskyj'],
		['Chișinău Talks', 'chisinau-talks'],
		['Geneva 2022.txt', 'geneva-2022-txt']
	])('%s → %s', (text, expected) => {
		expect(slugify(text)).toBe(expected);
	});
});
