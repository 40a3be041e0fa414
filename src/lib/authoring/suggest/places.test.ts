import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATLAS_COUNTRY_CODES } from '$lib/map/atlasCodes';
import { gazetteerSchema } from '../../story/schema';
import { knownActorsSchema } from './actors';
import { mostSpecific, PlaceFinder } from './places';

const gazetteer = gazetteerSchema.parse(
	JSON.parse(readFileSync(join(process.cwd(), 'data/places.json'), 'utf8'))
);

describe('PlaceFinder: gazetteer names and aliases in several languages', () => {
	it.each<['nl' | 'en', string, string[]]>([
		['nl', 'De gesprekken in Genève waren lang.', ['geneva']],
		['en', 'Talks in Geneva were long.', ['geneva']],
		['en', 'Reporters waited in Genf.', ['geneva']],
		['nl', 'Het overleg in Wenen en Brussel.', ['vienna', 'brussels']],
		['en', 'Diplomats flew from Wien to Brussels.', ['vienna', 'brussels']],
		['nl', 'De delegatie bezocht Kiev en Moskou.', ['kyiv', 'moscow']],
		['en', 'The delegation visited Kyiv and Moscow.', ['kyiv', 'moscow']],
		['nl', 'De Brusselse top.', ['brussels']],
		['nl', 'Spanningen aan de Russisch-Oekraïense grens.', ['russia-ukraine-border']],
		// A country is a place only after a preposition of place.
		['nl', 'De ministers vergaderen in Moldavië.', ['moldova']],
		['en', 'Diplomats will stay on in Switzerland.', ['switzerland']],
		['nl', 'Rusland antwoordde dat het niet zou komen.', []],
		['en', 'Russia replied that it would not come.', []],
		['nl', 'De eerste NAVO-Ruslandraad.', []],
		// Never an invented city: an unknown name is no place.
		['en', 'The last gathering took place in Vilnius.', []],
		['en', 'Talks in geneva (lower case) are not a name.', []]
	])('%s: %s', (lang, text, expected) => {
		expect(new PlaceFinder(gazetteer, lang).find(text).map((p) => p.id)).toEqual(expected);
	});

	it('prefers a city or border to a country', () => {
		const found = new PlaceFinder(gazetteer, 'en').find('In Russia, talks began in Moscow.');
		expect(mostSpecific(found)?.id).toBe('moscow');
	});
});

describe('the shared data', () => {
	it('gives every gazetteer country code a shape in the world atlas', () => {
		const codes = Object.values(gazetteer.places).flatMap((p) => [p.country, ...(p.countries ?? [])]);
		expect(codes.filter((code) => code !== undefined && !ATLAS_COUNTRY_CODES.has(code))).toEqual([]);
	});

	it('seats organisations only in places the gazetteer has', () => {
		const actors = knownActorsSchema.parse(
			JSON.parse(readFileSync(join(process.cwd(), 'data/actors.json'), 'utf8'))
		);
		const seats = Object.values(actors.actors).flatMap((a) => (a.seat ? [a.seat] : []));
		expect(seats.length).toBeGreaterThan(0);
		expect(seats.filter((seat) => !gazetteer.places[seat])).toEqual([]);
	});
});
