/** The files a story is offered as: where they are prerendered, what they are called, their type. */
import type { Lang } from '$lib/i18n/lang';

export const EXPORT_FORMATS = {
	ics: { file: 'story.ics', extension: 'ics', contentType: 'text/calendar; charset=utf-8' },
	csv: { file: 'story.csv', extension: 'csv', contentType: 'text/csv; charset=utf-8; header=present' },
	timelinejs: { file: 'story.timeline.json', extension: 'timeline.json', contentType: 'application/json' }
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The name a download is saved under: the story and language, so nl and en files do not collide. */
export function downloadName(slug: string, lang: Lang, format: ExportFormat): string {
	return `${slug}-${lang}.${EXPORT_FORMATS[format].extension}`;
}

/** A link back to one event on the story page, e.g. "https://…/en/geneva-2022/?event=osce-vienna". */
export function eventUrl(storyUrl: string, eventId: string): string {
	return `${storyUrl}?event=${encodeURIComponent(eventId)}`;
}
