/**
 * Suggests the events of an article: every sentence with a date expression proposes an event
 * for each date it names, with the place, the people and organisations, the status, and the
 * sentence itself as the source quote. Pure: the caller reads the files.
 */
import type { GazetteerFile } from '../../story/schema';
import { splitArticle } from '../../story/paragraphs';
import {
	actorMatcher,
	findPeople,
	type KnownActors,
	type NameMatch,
	type Person,
	type StoryActor
} from './actors';
import { findDates, type DateMention } from './dates';
import { alternation, LANGUAGE_RULES, type ArticleLang } from './language';
import { NameMatcher } from './names';
import { mostSpecific, PlaceFinder, type PlaceMatch } from './places';
import { splitClauses, splitSentences, type TextSpan } from './sentences';
import { statusOf, type EventStatus } from './status';

export interface SuggestInput {
	articleText: string;
	lang: ArticleLang;
	/** "YYYY-MM-DD" */
	published: string;
	gazetteer: GazetteerFile;
	knownActors: KnownActors;
	/** Actors the story already has (when suggesting again for an existing story). */
	storyActors?: Readonly<Record<string, StoryActor>>;
}

export interface Suggestion {
	paragraph: string;
	/** The sentence, exactly as in the paragraph. */
	quote: string;
	/** Which occurrence of the quote in its paragraph, when it occurs more than once. */
	occurrence?: number;
	/** The date expression the event was made from. */
	dateText: string;
	start: string;
	end?: string;
	approximate: boolean;
	status: EventStatus;
	type?: 'meeting' | 'statement' | 'development';
	place?: string;
	actors: string[];
	/** 0–1: how sure the suggester is of the date and place. */
	confidence: number;
	reason: string;
}

export interface Suggestions {
	suggestions: Suggestion[];
	/** Every actor the suggestions name, as story.json's "actors" writes them. */
	actors: Record<string, StoryActor>;
}

interface Candidate extends Suggestion {
	role: DateMention['role'];
}

export function suggestEvents(input: SuggestInput): Suggestions {
	const { lang, published, gazetteer, knownActors } = input;
	const storyActors = input.storyActors ?? {};
	const { paragraphs } = splitArticle(input.articleText);
	const textParagraphs = paragraphs.filter((p) => p.kind === 'text');
	const places = new PlaceFinder(gazetteer, lang);

	const knownNames = new NameMatcher([
		...Object.entries(gazetteer.places).map(([id, p]) => ({
			id,
			names: [p.name.nl, p.name.en, ...p.aliases]
		})),
		...Object.entries(knownActors.actors).map(([id, a]) => ({
			id,
			names: [a.name.nl, a.name.en, ...a.aliases]
		}))
	]);
	// A person the story already has keeps its id, and is found by surname too ("Rjabkov").
	const storyIdByName = new Map(
		Object.entries(storyActors).flatMap(([id, a]) => [
			[a.name.nl, id],
			[a.name.en, id]
		])
	);
	const people = findPeople(
		textParagraphs.map((p) => p.text),
		lang,
		knownNames
	).map((person) => ({ ...person, id: storyIdByName.get(person.name) ?? person.id }));
	const actors = actorMatcher(storyActors, knownActors, people);
	const typeWords = typePatterns(lang);

	const candidates: Candidate[] = [];
	let previous: string | undefined;
	for (const paragraph of textParagraphs) {
		for (const sentence of splitSentences(paragraph.text, lang)) {
			const dates = findDates(sentence.text, { lang, published, previous });
			previous = dates.previous;
			if (dates.mentions.length === 0) continue;
			const outside = (index: number) =>
				!dates.elsewhere.some((s) => index >= s.start && index < s.start + s.text.length);
			const sentencePlaces = places.find(sentence.text).filter((p) => outside(p.index));
			const sentenceActors = actors.find(sentence.text).filter((a) => outside(a.index));
			const clauses = splitClauses(sentence.text);
			const clauseOf = (index: number) => clauses.findLast((c) => c.start <= index) ?? clauses[0];
			const datedClauses = new Set(dates.mentions.map((m) => clauseOf(m.index)));
			// A date named in passing shares its words with the sentence's own event ("Woensdag …, in
			// de eerste NAVO-Ruslandraad sinds 2019"): its clause's actors count for both.
			const mainClauses = new Set(
				dates.mentions.filter((m) => m.role === 'main').map((m) => clauseOf(m.index))
			);
			const occurrence = occurrenceOf(paragraph.text, sentence);

			const seen = new Set<string>();
			for (const mention of dates.mentions) {
				// "Two days later, on Thursday, …": one date said twice is one event.
				const key = `${mention.start}/${mention.end ?? ''}`;
				if (seen.has(key)) continue;
				seen.add(key);
				const own = clauseOf(mention.index);
				const where = placeFor(mention, own, {
					places: sentencePlaces,
					actors: sentenceActors,
					clauseOf,
					datedClauses,
					knownActors
				});
				let confidence = mention.confidence - where.doubt;
				if (mention.role === 'reference') confidence -= 0.1;
				const status = statusOf(mention.start, published, mention.tense);
				candidates.push({
					role: mention.role,
					paragraph: paragraph.id,
					quote: sentence.text,
					...(occurrence > 1 ? { occurrence } : {}),
					dateText: mention.text,
					start: mention.start,
					...(mention.end && mention.end !== mention.start ? { end: mention.end } : {}),
					approximate: mention.approximate,
					status,
					...typeOf(mention, own, sentence, typeWords),
					...(where.place ? { place: where.place } : {}),
					actors: [
						...new Set(
							sentenceActors
								.filter(
									(a) =>
										clauseOf(a.index) === own ||
										(mention.role === 'main' && !mainClauses.has(clauseOf(a.index)))
								)
								.map((a) => a.id)
						)
					],
					confidence: Math.round(Math.max(0.1, Math.min(1, confidence)) * 100) / 100,
					reason: [
						mention.how,
						where.reason,
						mention.role === 'reference' ? 'names an earlier or later event in passing' : '',
						status === 'announced' ? 'announced: after publication' : ''
					]
						.filter(Boolean)
						.join('; ')
				});
			}
		}
	}

	// A date named in passing ("de NAVO-Ruslandraad van woensdag") is the event already
	// suggested for that date, not a new one.
	const mainDates = new Set(candidates.filter((c) => c.role === 'main').map((c) => c.start));
	const suggestions = candidates
		.filter((c) => c.role === 'main' || !mainDates.has(c.start))
		.map(({ role: _role, ...suggestion }) => suggestion);

	const used = new Set(suggestions.flatMap((s) => s.actors));
	return { suggestions, actors: actorEntries(used, storyActors, knownActors, people) };
}

interface SentenceNames {
	places: PlaceMatch[];
	actors: NameMatch[];
	clauseOf(index: number): TextSpan;
	/** Clauses holding a date expression: their places belong to that date. */
	datedClauses: ReadonlySet<TextSpan>;
	knownActors: KnownActors;
}

/**
 * Where an event took place: a place named in its own clause; for the sentence's own event, else
 * one named in a clause without a date; else the seat of an organisation named (the Kremlin in
 * Moscow), with more doubt. Never a place the sentence does not give.
 */
function placeFor(
	mention: DateMention,
	own: TextSpan,
	names: SentenceNames
): { place?: string; reason: string; doubt: number } {
	const inOwn = mostSpecific(names.places.filter((p) => names.clauseOf(p.index) === own));
	if (inOwn) return { place: inOwn.id, reason: `place “${inOwn.text}” in the same clause`, doubt: 0 };
	if (mention.role === 'main') {
		const inSentence = mostSpecific(
			names.places.filter((p) => !names.datedClauses.has(names.clauseOf(p.index)))
		);
		if (inSentence)
			return { place: inSentence.id, reason: `place “${inSentence.text}” in the sentence`, doubt: 0 };
		const seated = names.actors.find((a) => names.knownActors.actors[a.id]?.seat);
		if (seated) {
			const seat = names.knownActors.actors[seated.id].seat!;
			return { place: seat, reason: `place from “${seated.text}”, seated in ${seat}`, doubt: 0.1 };
		}
	}
	return { reason: 'no place named', doubt: 0.1 };
}

/** Which occurrence of the sentence in its paragraph this is (1 when it occurs once). */
function occurrenceOf(paragraph: string, sentence: TextSpan): number {
	let count = 0;
	for (
		let at = paragraph.indexOf(sentence.text);
		at !== -1 && at <= sentence.start;
		at = paragraph.indexOf(sentence.text, at + 1)
	) {
		count++;
	}
	const total = paragraph.split(sentence.text).length - 1;
	return total > 1 ? count : 1;
}

function typePatterns(lang: ArticleLang) {
	const rules = LANGUAGE_RULES[lang];
	// Dutch glues words together ("NAVO-Ruslandraad", "vredesoverleg"): match the end of a word there.
	const start = lang === 'nl' ? '' : '(?<![\\p{L}])';
	return {
		meeting: new RegExp(`${start}(?:${alternation(rules.meetingWords)})(?![\\p{L}])`, 'iu'),
		statement: new RegExp(`(?<![\\p{L}])(?:${alternation(rules.statementWords)})(?![\\p{L}])`, 'iu')
	};
}

/** The kind of event: a stretch is a development; otherwise the words of its clause, then its sentence. */
function typeOf(
	mention: DateMention,
	clause: TextSpan,
	sentence: TextSpan,
	words: ReturnType<typeof typePatterns>
): { type?: Suggestion['type'] } {
	if (mention.approximate && mention.end) return { type: 'development' };
	for (const text of [clause.text, sentence.text]) {
		if (words.statement.test(text)) return { type: 'statement' };
		if (words.meeting.test(text)) return { type: 'meeting' };
	}
	return {};
}

function actorEntries(
	used: ReadonlySet<string>,
	storyActors: Readonly<Record<string, StoryActor>>,
	known: KnownActors,
	people: readonly Person[]
): Record<string, StoryActor> {
	const entries: Record<string, StoryActor> = {};
	for (const id of used) {
		const knownActor = known.actors[id];
		const person = people.find((p) => p.id === id);
		if (storyActors[id]) entries[id] = storyActors[id];
		else if (knownActor)
			entries[id] = { name: knownActor.name, ...(knownActor.role ? { role: knownActor.role } : {}) };
		else if (person) entries[id] = { name: { nl: person.name, en: person.name } };
	}
	return entries;
}
