/**
 * Finds known names in text: places from the gazetteer, organisations from the shared actor
 * list, people named in the article. Case-sensitive (names are capitalised; "US" is not "us"),
 * whole words, or the start of a compound for longer names ("Kremlinwoordvoerder",
 * "NAVO-Ruslandraad", "Brusselse"). Where names overlap, the longest wins.
 */
import { alternation } from './language';

export interface NamedThing {
	id: string;
	names: readonly string[];
}

export interface NameMatch {
	id: string;
	/** The words matched, as written. */
	text: string;
	index: number;
	/** Characters matched, with a compound's tail ("Kremlinwoordvoerder"). */
	length: number;
}

/** Names this long or longer also match as the first part of a compound word. */
const COMPOUND_MIN_LENGTH = 5;

export class NameMatcher {
	private readonly pattern: RegExp | null;
	private readonly idByName = new Map<string, string>();

	constructor(things: readonly NamedThing[]) {
		for (const thing of things) {
			for (const name of thing.names) if (!this.idByName.has(name)) this.idByName.set(name, thing.id);
		}
		const names = [...this.idByName.keys()];
		const short = names.filter((n) => n.length < COMPOUND_MIN_LENGTH);
		const long = names.filter((n) => n.length >= COMPOUND_MIN_LENGTH);
		const parts = [
			long.length ? `(?<long>${alternation(long)})\\p{Ll}*` : '',
			short.length ? `(?<short>${alternation(short)})` : ''
		].filter(Boolean);
		this.pattern = parts.length
			? new RegExp(`(?<![\\p{L}\\d])(?:${parts.join('|')})(?![\\p{L}\\d])`, 'gu')
			: null;
	}

	find(text: string): NameMatch[] {
		if (!this.pattern) return [];
		const matches: NameMatch[] = [];
		for (const match of text.matchAll(this.pattern)) {
			const name = match.groups!.long ?? match.groups!.short;
			// Names differ only in spacing from how the text is written: find the entry by its words.
			const id = this.idByName.get(name) ?? this.idByName.get(name.replace(/\s+/g, ' '));
			if (id) matches.push({ id, text: name, index: match.index, length: match[0].length });
		}
		return matches;
	}
}
