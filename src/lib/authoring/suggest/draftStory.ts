/**
 * The draft story.json `new` writes: the suggestions as events marked "draft": true, each with
 * its confidence and reason, headlines and titles as trimmed sentences in the article's
 * language (copied into the other language and marked "untranslated" until someone translates).
 */
import { splitArticle } from '../../story/paragraphs';
import type { StoryActor } from './actors';
import type { ArticleLang } from './language';
import { splitSentences } from './sentences';
import type { Suggestion } from './suggest';

export interface DraftInput {
	articleText: string;
	lang: ArticleLang;
	published: string;
	suggestions: readonly Suggestion[];
	actors: Readonly<Record<string, StoryActor>>;
}

const HEADLINE_LENGTH = 90;
const DESCRIPTION_LENGTH = 240;

/** The story.json object, ready for JSON.stringify; it passes the project's schema. */
export function draftStory(input: DraftInput) {
	const other: ArticleLang = input.lang === 'nl' ? 'en' : 'nl';
	const both = (text: string) => ({ nl: text, en: text });
	const { paragraphs } = splitArticle(input.articleText);
	const firstText = paragraphs.find((p) => p.kind === 'text') ?? paragraphs[0];
	const heading = paragraphs[0]?.kind === 'heading' ? paragraphs[0].text : undefined;
	const firstSentence = firstText
		? (splitSentences(firstText.text, input.lang)[0]?.text ?? firstText.text)
		: '';

	const ids = new Set<string>();
	const events = input.suggestions.map((s) => {
		const id = uniqueId(`${s.start}-${s.place ?? s.type ?? 'event'}`, ids);
		return {
			id,
			draft: true,
			suggestion: { confidence: s.confidence, reason: s.reason },
			start: s.start,
			...(s.end ? { end: s.end } : {}),
			...(s.approximate ? { approximate: true } : {}),
			status: s.status,
			...(s.type ? { type: s.type } : {}),
			...(s.place ? { place: s.place } : {}),
			actors: s.actors,
			headline: both(trimToWords(s.quote, HEADLINE_LENGTH)),
			summary: both(s.quote),
			untranslated: [other],
			sources: [
				{ paragraph: s.paragraph, quote: s.quote, ...(s.occurrence ? { occurrence: s.occurrence } : {}) }
			]
		};
	});

	return {
		$comment: `Draft written by \`npm run story -- new\`. Every event is a suggestion marked "draft": true, which the site does not show. To confirm one, check its date, place, actors and quote, write its headline and summary in both languages, then delete "draft" and "untranslated" (and "suggestion" if you like). Translate the title and description too and delete the top-level "untranslated". The story is published once it has a confirmed event.`,
		title: both(trimToWords(heading ?? firstSentence, HEADLINE_LENGTH)),
		description: both(trimToWords(firstSentence, DESCRIPTION_LENGTH)),
		untranslated: [other],
		article: { lang: input.lang, published: input.published },
		actors: input.actors,
		events
	};
}

/** Cut at a word boundary, with an ellipsis when something was left out. */
export function trimToWords(text: string, max: number): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, max - 1);
	// Keep the last word whole if the cut falls right after it; else drop the part-word.
	const lastSpace = clean[cut.length] === ' ' ? cut.length : cut.lastIndexOf(' ');
	return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

function uniqueId(base: string, taken: Set<string>): string {
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}
