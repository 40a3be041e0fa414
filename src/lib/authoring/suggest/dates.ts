/**
 * Finds the date expressions of one sentence and resolves them to calendar dates.
 *
 * chrono-node (its `nl` and `en` parsers) finds and resolves most of them against the
 * publication date. Our rules add what it lacks: the tense decides between last and next
 * Monday; "een dag later" counts from the previous event, not from publication; "1 en 2
 * februari" is a span; a lone year ("sinds 2019") is a date; "na weken van spanningen" is an
 * approximate stretch; "een dag na <iets>" describes another event, so it is left out.
 */
import { addDays, dayNumber, isoDay } from './calendarDays';
import { chronoDates, type Found } from './chronoDates';
import { alternation, LANGUAGE_RULES, type ArticleLang } from './language';
import { splitClauses, type TextSpan } from './sentences';
import { tenseAt, type Tense } from './tense';

export interface DateMention {
	/** Offset of the expression in the sentence, and its words. */
	index: number;
	text: string;
	/** A calendar date: "2022-01-12", "2022-02" or "2019". */
	start: string;
	end?: string;
	approximate: boolean;
	/**
	 * "main": the sentence's own event. "reference": it names another event ("sinds 2019", "de
	 * NAVO-Ruslandraad van woensdag"), which becomes an event only if no other has that date.
	 */
	role: 'main' | 'reference';
	/** How the date was resolved, in words, for the suggestion's reason. */
	how: string;
	confidence: number;
	tense: Tense;
}

export interface DateContext {
	lang: ArticleLang;
	/** The publication date, "YYYY-MM-DD". */
	published: string;
	/** The day of the previous dated event in reading order, for "een dag later". */
	previous?: string;
}

export interface SentenceDates {
	mentions: DateMention[];
	/** Parts of the sentence that describe another event ("een dag na de start … in Genève"). */
	elsewhere: TextSpan[];
	/** The previous day for the next sentence. */
	previous?: string;
}

const patterns = new Map<ArticleLang, ReturnType<typeof buildPatterns>>();

function buildPatterns(lang: ArticleLang) {
	const r = LANGUAGE_RULES[lang];
	const count = `(?<count>${alternation(Object.keys(r.numbers))}|\\d{1,2})`;
	const unit = `(?<unit>${alternation(Object.keys(r.dayUnits))})`;
	const word = (body: string, flags = 'giu') =>
		new RegExp(`(?<![\\p{L}\\d])(?:${body})(?![\\p{L}\\d])`, flags);
	return {
		/** "twee dagen later", "a day earlier" */
		countedRelative: word(
			`${count}\\s+${unit}\\s+(?:(?<later>${alternation(r.later)})|(?<earlier>${alternation(r.earlier)}))`
		),
		/** "de volgende dag", "the day before" (but not "the day before yesterday", which chrono knows) */
		nextDay: word(`${alternation(r.nextDayPhrases)}`),
		previousDay: word(`(?:${alternation(r.previousDayPhrases)})(?!\\s+(?:yesterday|tomorrow))`),
		/** "een dag na de start van …", "a day after the talks" */
		countedAnchor: word(
			`${count}\\s+${unit}\\s+(?:(?<after>${alternation(r.after)})|(?<before>${alternation(r.before)}))`
		),
		extraDays: Object.keys(r.extraRelativeDays).length
			? word(alternation(Object.keys(r.extraRelativeDays)))
			: null,
		year: word(`(?<prep>${alternation(r.yearPrepositions)})\\s+(?<year>1[5-9]\\d\\d|20\\d\\d)`),
		stretch: word(
			`(?:${alternation(r.stretchStarts)})\\s+(?:(?:enkele|een paar|vele|several|a few|many)\\s+)?(?<stretch>${alternation(Object.keys(r.stretchUnits))})`
		),
		reference: new RegExp(
			`(?<![\\p{L}])(?:${alternation(r.referenceMarkers)})\\s+(?:de\\s+|het\\s+|the\\s+)?$`,
			'iu'
		)
	};
}

function patternsFor(lang: ArticleLang) {
	let found = patterns.get(lang);
	if (!found) patterns.set(lang, (found = buildPatterns(lang)));
	return found;
}

export function findDates(sentence: string, context: DateContext): SentenceDates {
	const { lang, published } = context;
	const rules = LANGUAGE_RULES[lang];
	const p = patternsFor(lang);
	const clauses = splitClauses(sentence);
	const clauseAt = (index: number) =>
		clauses.findLast((clause) => clause.start <= index) ?? { text: sentence, start: 0 };
	const tense = (index: number) => {
		const clause = clauseAt(index);
		return tenseAt(clause.text, index - clause.start, lang);
	};
	const found: Found[] = [];
	const taken: [number, number][] = [];
	const isFree = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);
	const take = (start: number, end: number) => taken.push([start, end]);
	/** Takes the words for one expression, unless another rule has them already. */
	const claim = (start: number, end: number) => isFree(start, end) && take(start, end) > 0;

	// Counted from the previous event: "een dag later", "de volgende dag".
	const relative = (match: RegExpMatchArray, days: number, how: string) => {
		if (!claim(match.index!, match.index! + match[0].length)) return;
		found.push({
			index: match.index!,
			text: match[0],
			resolve: (previous) =>
				previous
					? {
							start: addDays(previous, days),
							approximate: false,
							how: `${how} the previous event (${previous})`,
							confidence: 0.7
						}
					: null
		});
	};
	for (const match of sentence.matchAll(p.countedRelative)) {
		const n = countOf(match.groups!.count, rules.numbers) * rules.dayUnits[match.groups!.unit.toLowerCase()];
		relative(
			match,
			match.groups!.later ? n : -n,
			`“${match[0]}”: ${n} day${n === 1 ? '' : 's'} ${match.groups!.later ? 'after' : 'before'}`
		);
	}
	for (const match of sentence.matchAll(p.nextDay)) relative(match, 1, `“${match[0]}”: the day after`);
	for (const match of sentence.matchAll(p.previousDay)) relative(match, -1, `“${match[0]}”: the day before`);

	// "een dag na de start van de onderhandelingen": counted from another event.
	const anchors: { match: RegExpMatchArray; days: number }[] = [];
	for (const match of sentence.matchAll(p.countedAnchor)) {
		if (!claim(match.index!, match.index! + match[0].length)) continue;
		const n = countOf(match.groups!.count, rules.numbers) * rules.dayUnits[match.groups!.unit.toLowerCase()];
		anchors.push({ match, days: match.groups!.after ? n : -n });
	}

	if (p.extraDays) {
		for (const match of sentence.matchAll(p.extraDays)) {
			const days = rules.extraRelativeDays[match[0].toLowerCase()];
			if (!claim(match.index!, match.index! + match[0].length)) continue;
			found.push({
				index: match.index!,
				text: match[0],
				resolve: () => ({
					start: addDays(published, days),
					approximate: false,
					how: `“${match[0]}”: ${days} days from publication`,
					confidence: 0.9
				})
			});
		}
	}

	found.push(...chronoDates(sentence, context, tense, claim));

	// A year on its own: "sinds 2019", "in 2019".
	for (const match of sentence.matchAll(p.year)) {
		const yearIndex = match.index! + match[0].length - match.groups!.year.length;
		if (!claim(yearIndex, yearIndex + 4)) continue;
		found.push({
			index: match.index!,
			text: match[0],
			resolve: () => ({
				start: match.groups!.year,
				approximate: false,
				how: `“${match[0]}”: a year`,
				confidence: 0.6
			})
		});
	}

	// Resolve in reading order, so "een dag later" counts from the event just before it.
	found.sort((a, b) => a.index - b.index);
	let previous = context.previous;
	const mentions: DateMention[] = [];
	for (const f of found) {
		const resolved = f.resolve(previous);
		if (!resolved) continue;
		const mention: DateMention = {
			index: f.index,
			text: f.text,
			role: roleOf(sentence, f, p),
			tense: tense(f.index),
			...resolved
		};
		mentions.push(mention);
		if (mention.role === 'main' && /^\d{4}-\d{2}-\d{2}$/.test(mention.start))
			previous = mention.end ?? mention.start;
	}

	// "na weken van spanningen": a stretch that ends at the sentence's own date.
	for (const match of sentence.matchAll(p.stretch)) {
		if (!isFree(match.index!, match.index! + match[0].length) || tense(match.index!) === 'future') continue;
		const endDay =
			mentions.find((m) => m.role === 'main' && /^\d{4}-\d{2}-\d{2}$/.test(m.start))?.start ?? published;
		const startDay = isoDay(dayNumber(endDay) - rules.stretchUnits[match.groups!.stretch.toLowerCase()]);
		mentions.push({
			index: match.index!,
			text: match[0],
			start: startDay.slice(0, 7),
			end: endDay,
			approximate: true,
			role: 'main',
			how: `“${match[0]}”: a stretch of time up to ${endDay}, its start estimated`,
			confidence: 0.4,
			tense: tense(match.index!)
		});
	}
	mentions.sort((a, b) => a.index - b.index);

	// An anchor phrase describes another event when the sentence has its own date; otherwise
	// it counts from the previous event like "een dag later".
	const elsewhere: TextSpan[] = [];
	for (const { match, days } of anchors) {
		const hasOwnDate = mentions.some((m) => m.role === 'main');
		if (hasOwnDate) {
			const clause = clauseAt(match.index!);
			elsewhere.push({
				text: sentence.slice(match.index!, clause.start + clause.text.length),
				start: match.index!
			});
		} else if (previous) {
			mentions.push({
				index: match.index!,
				text: match[0],
				start: addDays(previous, days),
				approximate: false,
				role: 'main',
				how: `“${match[0]}”: ${Math.abs(days)} day(s) ${days > 0 ? 'after' : 'before'} the previous event (${previous})`,
				confidence: 0.6,
				tense: tense(match.index!)
			});
			previous = addDays(previous, days);
		}
	}
	return { mentions, elsewhere, previous };
}

function countOf(word: string, numbers: Record<string, number>): number {
	return /^\d+$/.test(word) ? Number(word) : numbers[word.toLowerCase()];
}

/** "sinds 2019" and "de raad van woensdag" name another event; a span ("van 1 tot 3 mei") does not. */
function roleOf(sentence: string, found: Found, p: ReturnType<typeof buildPatterns>): DateMention['role'] {
	// A span ("van 1 tot 3 februari", "from 3 to 5 March") is an event's own date.
	if (/^(?:van|from)\s/i.test(found.text) || /\s(?:tot|to|until)\s/.test(found.text)) return 'main';
	if (/^(?:sinds|sedert|since)\s/i.test(found.text)) return 'reference';
	const before = sentence.slice(Math.max(0, found.index - 16), found.index);
	const after = sentence.slice(found.index + found.text.length);
	return p.reference.test(before) || /^\s?['’]s\b/.test(after) ? 'reference' : 'main';
}
