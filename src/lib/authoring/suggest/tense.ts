/**
 * The tense around a date expression, from the nearest tense word in its clause: "Maandag al
 * zei …" is past, "Woensdag gaan de onderhandelingen verder" ahead. Enough to choose between
 * last Monday and next Monday; not a grammar.
 */
import { alternation, LANGUAGE_RULES, type ArticleLang } from './language';

export type Tense = 'past' | 'future' | 'unknown';

const markerPatterns = new Map<ArticleLang, RegExp>();

function markers(lang: ArticleLang): RegExp {
	let pattern = markerPatterns.get(lang);
	if (!pattern) {
		const rules = LANGUAGE_RULES[lang];
		pattern = new RegExp(
			`(?<![\\p{L}'])(?:(?<future>${alternation(rules.future)})|(?<past>${[alternation(rules.past), rules.pastPattern].filter(Boolean).join('|')}))(?![\\p{L}])`,
			'giu'
		);
		markerPatterns.set(lang, pattern);
	}
	return pattern;
}

/** The tense of the clause at `position` (an offset in `clause`), judged by the nearest tense word. */
export function tenseAt(clause: string, position: number, lang: ArticleLang): Tense {
	let best: { tense: Tense; distance: number } = { tense: 'unknown', distance: Infinity };
	for (const match of clause.matchAll(markers(lang))) {
		const distance = Math.abs(match.index - position);
		if (distance < best.distance) {
			best = { tense: match.groups?.future ? 'future' : 'past', distance };
		}
	}
	return best.tense;
}
