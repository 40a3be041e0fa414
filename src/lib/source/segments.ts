/**
 * Splits a paragraph into runs of text at every quote boundary, so overlapping quotes of
 * different events still render as flat, non-nested highlights.
 */
import type { Story } from '$lib/story/types';

export interface QuoteSpan {
	start: number;
	end: number;
	eventId: string;
}

export interface Segment {
	text: string;
	start: number;
	/** The events whose quotes cover this run, most specific (shortest quote) first. */
	eventIds: string[];
}

export function segmentParagraph(text: string, spans: QuoteSpan[]): Segment[] {
	const cuts = new Set([0, text.length]);
	for (const span of spans) {
		cuts.add(span.start);
		cuts.add(span.end);
	}
	const points = [...cuts].sort((a, b) => a - b);
	const segments: Segment[] = [];
	for (let i = 0; i < points.length - 1; i++) {
		const [start, end] = [points[i], points[i + 1]];
		const covering = spans
			.filter((span) => span.start <= start && span.end >= end)
			.sort((a, b) => a.end - a.start - (b.end - b.start));
		const eventIds = [...new Set(covering.map((span) => span.eventId))];
		const previous = segments[segments.length - 1];
		// Merge neighbours covered by the same events (two adjacent quotes of one event read as one).
		if (previous && sameIds(previous.eventIds, eventIds)) previous.text += text.slice(start, end);
		else segments.push({ text: text.slice(start, end), start, eventIds });
	}
	return segments;
}

/** Every quote of the story, grouped by paragraph id. */
export function quoteSpansByParagraph(story: Story): Map<string, QuoteSpan[]> {
	const byParagraph = new Map<string, QuoteSpan[]>();
	for (const event of story.events) {
		for (const source of event.sources) {
			const spans = byParagraph.get(source.paragraph) ?? [];
			spans.push({ start: source.start, end: source.end, eventId: event.id });
			byParagraph.set(source.paragraph, spans);
		}
	}
	return byParagraph;
}

function sameIds(a: string[], b: string[]): boolean {
	return a.length === b.length && a.every((id, i) => id === b[i]);
}
