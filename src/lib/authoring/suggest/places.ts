/**
 * Places named in a sentence, through the gazetteer's names and aliases in every language
 * (Genève, Geneva, Genf). A country counts as a place only after a preposition of place ("in
 * Rusland", "to Ukraine"): "Rusland antwoordde" names an actor, not where something happened.
 */
import type { GazetteerFile } from '../../story/schema';
import { alternation, LANGUAGE_RULES, type ArticleLang } from './language';
import { NameMatcher, type NameMatch } from './names';

export interface PlaceMatch extends NameMatch {
	kind: GazetteerFile['places'][string]['kind'];
}

export class PlaceFinder {
	private readonly matcher: NameMatcher;
	private readonly locative: RegExp;

	constructor(
		private readonly gazetteer: GazetteerFile,
		lang: ArticleLang
	) {
		this.matcher = new NameMatcher(
			Object.entries(gazetteer.places).map(([id, place]) => ({
				id,
				names: [place.name.nl, place.name.en, ...place.aliases]
			}))
		);
		this.locative = new RegExp(
			`(?<![\\p{L}])(?:${alternation(LANGUAGE_RULES[lang].locatives)})\\s+(?:het\\s+|the\\s+)?$`,
			'u'
		);
	}

	find(text: string): PlaceMatch[] {
		return this.matcher
			.find(text)
			.map((match) => ({ ...match, kind: this.gazetteer.places[match.id].kind }))
			.filter(
				(match) =>
					match.kind !== 'country' ||
					this.locative.test(text.slice(Math.max(0, match.index - 14), match.index))
			);
	}
}

/** Where something happened, when several places are named: a city or border before a country. */
export function mostSpecific(places: readonly PlaceMatch[]): PlaceMatch | undefined {
	return places.find((p) => p.kind !== 'country') ?? places[0];
}
