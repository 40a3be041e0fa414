/**
 * The date expressions chrono-node finds in a sentence (its `nl` and `en` parsers), resolved
 * against the publication date with what it lacks: the tense decides between last and next
 * Monday and moves a day and month without a year; "1 en 2 februari" becomes a span.
 */
import * as chrono from 'chrono-node';
import { dayNumber, isoDay, isoFromParts, isoMonth, weekday } from './calendarDays';
import type { DateContext, DateMention } from './dates';
import { alternation, LANGUAGE_RULES, type ArticleLang } from './language';
import type { Tense } from './tense';

export type Resolved = Omit<DateMention, 'index' | 'text' | 'role' | 'tense'>;

/** A date expression found, resolved once the ones before it are known (for "een dag later"). */
export interface Found {
	index: number;
	text: string;
	resolve(previous: string | undefined): Resolved | null;
}

/**
 * @param tense the tense at an offset of the sentence
 * @param claim takes the words at [start, end) for this expression; false if a rule has them
 */
export function chronoDates(
	sentence: string,
	context: DateContext,
	tense: (index: number) => Tense,
	claim: (start: number, end: number) => boolean
): Found[] {
	const { lang, published } = context;
	const parser = lang === 'nl' ? chrono.nl : chrono.en;
	const found: Found[] = [];
	for (const result of parser.parse(sentence, referenceInstant(published))) {
		let index = result.index;
		// chrono keeps a trailing comma ("on Friday,"); the quote shows the words alone.
		let text = result.text.replace(/[\s,;.]+$/, '');
		const certain = (c: chrono.Component) => result.start.isCertain(c);
		// Times of day alone ("acht uur", "at 8 pm") are not dates.
		if (!certain('day') && !certain('weekday') && !certain('month') && !certain('year')) continue;
		const start = {
			year: result.start.get('year')!,
			month: result.start.get('month')!,
			day: result.start.get('day')!
		};
		let end = result.end
			? { year: result.end.get('year')!, month: result.end.get('month')!, day: result.end.get('day')! }
			: undefined;

		// "1 en 2 februari" / "1 and 2 February": chrono sees only the second day.
		const before = /(?<![\d])(\d{1,2})\s+(?:en|and|&)\s+$/.exec(
			sentence.slice(Math.max(0, index - 12), index)
		);
		if (before && certain('day') && !end) {
			end = { ...start };
			start.day = Number(before[1]);
			index -= before[0].length;
			text = sentence.slice(index, result.index + result.text.length);
		}
		// "February 1 and 2": chrono sees only the first day.
		const after = /^\s+(?:en|and|&)\s+(\d{1,2})(?![\d:]|\.\d)/.exec(sentence.slice(index + text.length));
		if (after && certain('day') && !end) {
			end = { ...start, day: Number(after[1]) };
			text = sentence.slice(index, index + text.length + after[0].length);
		}
		if (!claim(index, index + text.length)) continue;

		const mentionIndex = index;
		const mentionText = text;
		found.push({
			index: mentionIndex,
			text: mentionText,
			resolve: () => {
				const here = tense(mentionIndex);
				if (certain('day') || (certain('weekday') && certain('month'))) {
					if (certain('year')) {
						const relativeWord = !/\d/.test(mentionText);
						return {
							start: isoFromParts(start.year, start.month, start.day),
							end: end && isoFromParts(end.year, end.month, end.day),
							approximate: false,
							how: relativeWord
								? `“${mentionText.trim()}”: counted from publication`
								: `“${mentionText.trim()}”: a full date`,
							confidence: 0.9
						};
					}
					const shift = yearShift(isoFromParts(start.year, start.month, start.day), published, here);
					return {
						start: isoFromParts(start.year + shift, start.month, start.day),
						end: end && isoFromParts(end.year + shift, end.month, end.day),
						approximate: false,
						how: `“${mentionText.trim()}”: day and month, in the year ${shift === 0 ? 'nearest publication' : here === 'past' ? 'before (past tense)' : 'after (future tense)'}`,
						confidence: 0.8
					};
				}
				if (certain('weekday'))
					return resolveWeekday(
						sentence,
						mentionIndex,
						mentionText,
						result.start.get('weekday')!,
						isoFromParts(start.year, start.month, start.day),
						context,
						here
					);
				if (certain('month')) {
					const year = certain('year')
						? start.year
						: start.year + yearShift(isoFromParts(start.year, start.month, 1), published, here, 'month');
					return {
						start: isoMonth(year, start.month),
						end:
							end && end.month !== start.month
								? isoMonth(year + (end.month < start.month ? 1 : 0), end.month)
								: undefined,
						approximate: false,
						how: `“${mentionText.trim()}”: a month${certain('year') ? '' : ', in the year nearest publication'}`,
						confidence: 0.7
					};
				}
				return {
					start: String(start.year),
					approximate: false,
					how: `“${mentionText.trim()}”: a year`,
					confidence: 0.6
				};
			}
		});
	}

	return found;
}

/** A JS Date at local noon of a calendar day: chrono reads it in the process time zone. */
function referenceInstant(iso: string): Date {
	const [year, month, day] = iso.split('-').map(Number);
	return new Date(year, month - 1, day, 12);
}

const modifiers = new Map<ArticleLang, { previous: RegExp; next: RegExp }>();

/** "afgelopen", "last" … right before a weekday. */
function weekdayModifiers(lang: ArticleLang) {
	let found = modifiers.get(lang);
	if (!found) {
		const rules = LANGUAGE_RULES[lang];
		const before = (words: string[]) => new RegExp(`(?<![\\p{L}])(?:${alternation(words)})\\s+$`, 'iu');
		found = { previous: before(rules.previousWeekday), next: before(rules.nextWeekday) };
		modifiers.set(lang, found);
	}
	return found;
}

/**
 * How many years to move a date without a year off chrono's choice (the nearest): back when the
 * clause is in the past tense and the date lies after publication, ahead when it is future and
 * the date lies before.
 */
function yearShift(iso: string, published: string, tense: Tense, precision: 'day' | 'month' = 'day'): number {
	const date = precision === 'month' ? iso.slice(0, 7) : iso;
	const pub = precision === 'month' ? published.slice(0, 7) : published;
	if (tense === 'past' && date > pub) return -1;
	if (tense === 'future' && date < pub) return 1;
	return 0;
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A weekday without a date: the one in the week of publication that the words ("afgelopen",
 * "next") or else the tense call for; chrono's nearest day when neither says.
 */
function resolveWeekday(
	sentence: string,
	index: number,
	text: string,
	day: number,
	chronoChoice: string,
	context: DateContext,
	tense: Tense
) {
	const pub = dayNumber(context.published);
	const before = sentence.slice(Math.max(0, index - 14), index);
	const lastOnOrBefore = pub - ((weekday(pub) - day + 7) % 7);
	const nextOnOrAfter = pub + ((day - weekday(pub) + 7) % 7);
	const name = WEEKDAY_NAMES[day];
	const lowered = text.toLowerCase();
	if (
		weekdayModifiers(context.lang).previous.test(before) ||
		/\b(?:last|past|vorige|afgelopen)\b/.test(lowered)
	) {
		return {
			start: isoDay(lastOnOrBefore === pub ? pub - 7 : lastOnOrBefore),
			approximate: false,
			how: `“${text.trim()}”: the ${name} before publication`,
			confidence: 0.85
		};
	}
	if (
		weekdayModifiers(context.lang).next.test(before) ||
		/\b(?:next|coming|volgende|komende)\b/.test(lowered)
	) {
		if (/\bweek\b/.test(lowered))
			return {
				start: chronoChoice,
				approximate: false,
				how: `“${text.trim()}”: ${name} of the next week`,
				confidence: 0.8
			};
		return {
			start: isoDay(nextOnOrAfter === pub ? pub + 7 : nextOnOrAfter),
			approximate: false,
			how: `“${text.trim()}”: the ${name} after publication`,
			confidence: 0.85
		};
	}
	if (tense === 'past')
		return {
			start: isoDay(lastOnOrBefore),
			approximate: false,
			how: `“${text.trim()}”: ${name} of the week of publication, past tense`,
			confidence: 0.8
		};
	if (tense === 'future')
		return {
			start: isoDay(nextOnOrAfter),
			approximate: false,
			how: `“${text.trim()}”: ${name} of the week of publication, future tense`,
			confidence: 0.8
		};
	return {
		start: chronoChoice,
		approximate: false,
		how: `“${text.trim()}”: the ${name} nearest publication`,
		confidence: 0.65
	};
}
