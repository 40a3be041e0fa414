/**
 * How good the suggestions are, as numbers: precision and recall of date, place and paragraph
 * against the events an editor expects. Each suggestion is paired with at most one expected
 * event (the pair agreeing on the most of date, paragraph and place first; a pair must share
 * the date or the paragraph). Precision counts over the suggestions, recall over the expected.
 */
import { z } from 'zod';
import type { Suggestion } from './suggest';

export interface ExpectedEvent {
	start: string;
	end?: string;
	place?: string;
	/** Any of these paragraphs counts (a curated event may quote several). */
	paragraphs: string[];
	status?: 'reported' | 'announced';
	label: string;
}

const status = z.enum(['reported', 'announced']).optional();

/** An expected-events file: the short form of tests/fixtures/articles, or a curated story.json. */
export const expectedFileSchema = z.union([
	z.object({
		article: z.object({ lang: z.enum(['nl', 'en']), published: z.string() }),
		events: z.array(
			z.object({
				paragraph: z.string(),
				start: z.string(),
				end: z.string().optional(),
				place: z.string().optional(),
				status,
				why: z.string().optional()
			})
		)
	}),
	z.object({
		article: z.object({ lang: z.enum(['nl', 'en']), published: z.string() }),
		events: z.array(
			z.object({
				id: z.string(),
				start: z.string(),
				end: z.string().optional(),
				place: z.string().optional(),
				status,
				draft: z.boolean().optional(),
				sources: z.array(z.object({ paragraph: z.string() }))
			})
		)
	})
]);

export type ExpectedFile = z.output<typeof expectedFileSchema>;

export function expectedEvents(file: ExpectedFile): ExpectedEvent[] {
	return file.events.flatMap((event): ExpectedEvent[] => {
		const common = { start: event.start, end: event.end, place: event.place, status: event.status };
		if ('sources' in event) {
			// A curated story's drafts are not yet what an editor expects.
			if (event.draft) return [];
			return [
				{ ...common, paragraphs: [...new Set(event.sources.map((s) => s.paragraph))], label: event.id }
			];
		}
		return [{ ...common, paragraphs: [event.paragraph], label: event.paragraph }];
	});
}

export interface Figure {
	correct: number;
	/** Precision: correct / suggested. Recall: correct / expected. */
	precision: number;
	recall: number;
}

export interface Evaluation {
	suggested: number;
	expected: number;
	/** Date, place and paragraph all right. */
	event: Figure;
	date: Figure;
	place: Figure;
	paragraph: Figure;
	status: Figure;
	missed: ExpectedEvent[];
	extra: Suggestion[];
	pairs: [Suggestion, ExpectedEvent][];
}

const sameDate = (s: Suggestion, e: ExpectedEvent) =>
	s.start === e.start && (s.end ?? null) === (e.end ?? null);
const samePlace = (s: Suggestion, e: ExpectedEvent) => (s.place ?? null) === (e.place ?? null);
const sameParagraph = (s: Suggestion, e: ExpectedEvent) => e.paragraphs.includes(s.paragraph);

export function evaluate(suggestions: readonly Suggestion[], expected: readonly ExpectedEvent[]): Evaluation {
	const candidates: { s: number; e: number; score: number }[] = [];
	suggestions.forEach((s, si) =>
		expected.forEach((e, ei) => {
			if (!sameDate(s, e) && !sameParagraph(s, e)) return;
			const score = Number(sameDate(s, e)) * 2 + Number(sameParagraph(s, e)) * 2 + Number(samePlace(s, e));
			candidates.push({ s: si, e: ei, score });
		})
	);
	// Stable: among equal scores the earlier suggestion and earlier expected event pair first.
	candidates.sort((a, b) => b.score - a.score);
	const usedS = new Set<number>();
	const usedE = new Set<number>();
	const pairs: [Suggestion, ExpectedEvent][] = [];
	for (const { s, e } of candidates) {
		if (usedS.has(s) || usedE.has(e)) continue;
		usedS.add(s);
		usedE.add(e);
		pairs.push([suggestions[s], expected[e]]);
	}
	const figure = (ok: (s: Suggestion, e: ExpectedEvent) => boolean): Figure => {
		const correct = pairs.filter(([s, e]) => ok(s, e)).length;
		return {
			correct,
			precision: suggestions.length ? correct / suggestions.length : 1,
			recall: expected.length ? correct / expected.length : 1
		};
	};
	return {
		suggested: suggestions.length,
		expected: expected.length,
		event: figure((s, e) => sameDate(s, e) && samePlace(s, e) && sameParagraph(s, e)),
		date: figure(sameDate),
		place: figure(samePlace),
		paragraph: figure(sameParagraph),
		status: figure((s, e) => e.status === undefined || s.status === e.status),
		missed: expected.filter((_, i) => !usedE.has(i)),
		extra: suggestions.filter((_, i) => !usedS.has(i)),
		pairs
	};
}
