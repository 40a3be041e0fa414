/**
 * Sentences and clauses of a paragraph, as offsets into its text, so a suggested quote is always
 * the paragraph's exact words. Sentences come from the platform's Unicode segmenter
 * (Intl.Segmenter), which already keeps “…”, zei Peskov. together.
 */
import type { ArticleLang } from './language';

export interface TextSpan {
	text: string;
	/** Offset of the first character in the containing text. */
	start: number;
}

/** Titles before a name: their full stop never ends a sentence ("Mr. Lavrov", "dhr. Rutte"). */
const TITLE =
	/(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Amb|Lt|Col|Capt|Sgt|St|Sr|Jr|dhr|mevr|mr|dr|drs|ir|ing|prof|ds)\.$/u;
/** An initial or a dotted abbreviation: "J.", "U.S.", "o.a.". */
const INITIALS = /(?:^|[\s(“"‘'])(?:\p{L}\.)+$/u;
/** Words that do open a new sentence after an abbreviation ("… by the U.S. The talks …"). */
const OPENERS = new Set(
	(
		'the a an in on at it its he she they we i this that these those there but and so yet after before ' +
		'when while then still also de het een in op dat die deze dit er hij zij ze wij we ik maar en ook toen ' +
		'na voor daarna volgens nog'
	).split(' ')
);

/**
 * Whether a segment the segmenter split off continues the sentence before: it starts in lower
 * case or with a digit ("o.a. sprak", "Jan. 21"), or the sentence before ends with a title
 * ("Mr. Lavrov") or with initials followed by a word that does not open sentences ("U.S.
 * Secretary", but not "the U.S. The talks").
 */
function continues(before: string, next: string): boolean {
	if (/^[\p{Ll}\d]/u.test(next)) return true;
	if (TITLE.test(before)) return true;
	const firstWord = /^[“"‘']?(\p{L}+)/u.exec(next)?.[1]?.toLowerCase();
	return INITIALS.test(before) && firstWord !== undefined && !OPENERS.has(firstWord);
}

export function splitSentences(paragraph: string, lang: ArticleLang): TextSpan[] {
	const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
	const sentences: TextSpan[] = [];
	for (const { segment, index } of segmenter.segment(paragraph)) {
		const text = segment.trimEnd();
		if (!text) continue;
		const previous = sentences.at(-1);
		if (previous && continues(previous.text, text)) {
			previous.text = paragraph.slice(previous.start, index + text.length);
		} else {
			sentences.push({ text, start: index });
		}
	}
	return sentences;
}

/**
 * Clauses of a sentence: split at commas, semicolons, colons and dashes between words. Dates
 * and places in one clause belong together ("…, is dinsdag in Moskou te horen").
 */
export function splitClauses(sentence: string): TextSpan[] {
	const clauses: TextSpan[] = [];
	const boundary = /[,;:]\s+|\s+[–—-]\s+|\s*\(|\)\s*/g;
	let start = 0;
	for (const match of sentence.matchAll(boundary)) {
		if (match.index > start) clauses.push({ text: sentence.slice(start, match.index), start });
		start = match.index + match[0].length;
	}
	if (start < sentence.length) clauses.push({ text: sentence.slice(start), start });
	return clauses;
}
