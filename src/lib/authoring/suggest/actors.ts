/**
 * People and organisations named in a sentence. Organisations and countries come from a shared
 * list (data/actors.json: NAVO/NATO, OVSE/OSCE …) and from the story's own actors; people are
 * found in the article itself: two or more capitalised words that are no known name, title or
 * date word ("Sergej Rjabkov"), later recognised by their surname alone ("zei Rjabkov").
 */
import { z } from 'zod';
import { DATE_WORDS, LANGUAGE_RULES, type ArticleLang } from './language';
import { NameMatcher, type NameMatch } from './names';

const localized = z.strictObject({ nl: z.string().min(1), en: z.string().min(1) });
const id = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected an id of lower-case letters, digits and hyphens' });

export const knownActorsSchema = z.strictObject({
	$comment: z.string().optional(),
	actors: z.record(
		id,
		z.strictObject({
			name: localized,
			role: localized.optional(),
			aliases: z.array(z.string().min(1)).default([]),
			/** A place id where the name stands for a building in that place ("Kremlin" → moscow). */
			seat: id.optional()
		})
	)
});

export type KnownActors = z.output<typeof knownActorsSchema>;

/** An actor as a story.json writes it. */
export interface StoryActor {
	name: { nl: string; en: string };
	role?: { nl: string; en: string };
}

export interface Person {
	id: string;
	name: string;
	surname: string;
}

const PARTICLES = 'van|de|der|den|von|ter|la|le|di|da|bin|al';
const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const NAME_RUN = new RegExp(
	String.raw`(?<![\p{L}])${NAME_WORD}(?:\s+(?:(?:${PARTICLES})\s+)*${NAME_WORD})+(?![\p{L}])`,
	'gu'
);

/** People named in full somewhere in the texts, in order of first mention. */
export function findPeople(texts: readonly string[], lang: ArticleLang, known: NameMatcher): Person[] {
	const notNames = new Set([...LANGUAGE_RULES[lang].notNames, ...DATE_WORDS[lang]]);
	const people = new Map<string, Person>();
	for (const text of texts) {
		// Known names are blanked out first, so "Buitenlandse Zaken" or "NAVO" never start a name.
		let masked = text;
		for (const match of known.find(text)) {
			masked =
				masked.slice(0, match.index) + ' '.repeat(match.length) + masked.slice(match.index + match.length);
		}
		for (const run of masked.matchAll(NAME_RUN)) {
			for (const name of splitAtNonNames(run[0], notNames)) {
				const id = slugify(name);
				if (!people.has(id)) people.set(id, { id, name, surname: name.split(/\s+/).at(-1)! });
			}
		}
	}
	return [...people.values()];
}

/** "Buitenlandse Zaken Sergej Rjabkov" → ["Sergej Rjabkov"]: runs of two or more name words. */
function splitAtNonNames(run: string, notNames: ReadonlySet<string>): string[] {
	const names: string[] = [];
	let current: string[] = [];
	const flush = () => {
		while (current.length && new RegExp(`^(?:${PARTICLES})$`).test(current.at(-1)!)) current.pop();
		if (current.filter((w) => /^\p{Lu}/u.test(w)).length >= 2) names.push(current.join(' '));
		current = [];
	};
	for (const word of run.split(/\s+/)) {
		if (notNames.has(word)) flush();
		else if (current.length || /^\p{Lu}/u.test(word)) current.push(word);
	}
	flush();
	return names;
}

/** An id from a name: "Sergej Rjabkov" → "sergej-rjabkov", "Zelenskyj" keeps its letters without accents. */
export function slugify(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** A matcher for every actor the suggester knows: the story's, the shared list's, the article's people. */
export function actorMatcher(
	storyActors: Readonly<Record<string, StoryActor>>,
	known: KnownActors,
	people: readonly Person[]
): NameMatcher {
	return new NameMatcher([
		...Object.entries(storyActors).map(([id, actor]) => ({ id, names: [actor.name.nl, actor.name.en] })),
		...Object.entries(known.actors).map(([id, actor]) => ({
			id,
			names: [actor.name.nl, actor.name.en, ...actor.aliases]
		})),
		...people.map((person) => ({ id: person.id, names: [person.name, person.surname] }))
	]);
}

export type { NameMatch };
