import { describe, expect, it } from 'vitest';
import { statusOf } from './status';
import { tenseAt, type Tense } from './tense';

describe('tenseAt: the nearest tense word in the clause', () => {
	it.each<[string, string, 'nl' | 'en', Tense]>([
		['Maandag al zei de minister', 'Maandag', 'nl', 'past'],
		['Woensdag gaan de onderhandelingen verder', 'Woensdag', 'nl', 'future'],
		['is er in Wenen nog overleg voorzien', 'Wenen', 'nl', 'future'],
		['Dat laat de woordvoerder dinsdag weten', 'dinsdag', 'nl', 'unknown'],
		['The idea surfaced in March', 'March', 'en', 'past'],
		['The treaty will be signed on 2 January', '2 January', 'en', 'future'],
		['The treaty was signed on 2 January', '2 January', 'en', 'past'],
		['He said that ministers will meet on Friday', 'Friday', 'en', 'future'],
		['A second round is planned on Friday', 'Friday', 'en', 'future'],
		['Officials meet in Geneva on Friday', 'Friday', 'en', 'unknown']
	])('%s → %s', (clause, word, lang, expected) => {
		expect(tenseAt(clause, clause.indexOf(word), lang)).toBe(expected);
	});
});

describe('statusOf: announced when still ahead at publication', () => {
	it.each<[string, string, Tense, string]>([
		['2022-01-12', '2022-01-11', 'unknown', 'announced'],
		['2022-01-11', '2022-01-11', 'unknown', 'reported'],
		['2022-01-11', '2022-01-11', 'future', 'announced'],
		['2022-01-10', '2022-01-11', 'future', 'reported'],
		['2022-02', '2022-01-11', 'past', 'announced'],
		['2022-01', '2022-01-11', 'past', 'reported'],
		['2022-01', '2022-01-11', 'future', 'announced'],
		['2019', '2022-01-11', 'unknown', 'reported'],
		['2023', '2022-01-11', 'unknown', 'announced']
	])('%s published %s (%s) → %s', (start, published, tense, expected) => {
		expect(statusOf(start, published, tense)).toBe(expected);
	});
});
