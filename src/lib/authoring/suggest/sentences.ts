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

export function splitSentences(paragraph: string, lang: ArticleLang): TextSpan[] {
	const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
	const sentences: TextSpan[] = [];
	for (const { segment, index } of segmenter.segment(paragraph)) {
		const text = segment.trimEnd();
		if (!text) continue;
		const previous = sentences.at(-1);
		// The segmenter ends a sentence after "o.a." or "mr."; a sentence that starts in lower
		// case continues the one before.
		if (previous && /^[\p{Ll}\d]/u.test(text)) {
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
