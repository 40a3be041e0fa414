/** An event's sources as one line each, the way the exports cite them: Bron: alinea 2, “…”. */
import { messages } from '$lib/i18n/messages';
import type { Lang } from '$lib/i18n/lang';
import type { StoryEvent } from '$lib/story/types';

export function sourceLines(event: StoryEvent, lang: Lang): string[] {
	const t = messages(lang);
	return event.sources.map((s) => `${t.exportSource}: ${t.exportParagraph(s.paragraphNumber)}, “${s.quote}”`);
}

/** Notes on how exactly the date is known, or none. */
export function dateNotes(event: StoryEvent, lang: Lang): string[] {
	const t = messages(lang);
	const precision = event.start.precision === 'day' ? [] : [t.exportPrecision[event.start.precision]];
	return [
		...precision,
		...(event.approximate ? [t.exportApproximate] : []),
		...(event.dateNote ? [event.dateNote[lang]] : [])
	];
}
