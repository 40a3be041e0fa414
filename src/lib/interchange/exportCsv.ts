/** A story as a spreadsheet: one row per event, in time order, in one language. */
import type { Lang } from '$lib/i18n/lang';
import type { Story } from '$lib/story/types';
import { toCsv, type Cell } from './csv';
import { eventUrl } from './exportFormats';
import { sourceLines } from './sourceLines';

/** Column names stay the same in every language, so a script reads both files alike. */
export const CSV_COLUMNS = [
	'id',
	'start',
	'end',
	'precision',
	'approximate',
	'status',
	'type',
	'headline',
	'summary',
	'place',
	'latitude',
	'longitude',
	'actors',
	'sources',
	'url'
] as const;

export function toStoryCsv(story: Story, lang: Lang, storyUrl: string): string {
	const rows = story.events.map((event): Cell[] => {
		const place = event.placeId ? story.places[event.placeId] : undefined;
		return [
			event.id,
			event.start.iso,
			event.end?.iso,
			event.start.precision,
			event.approximate,
			event.status,
			event.type,
			event.headline[lang],
			event.summary[lang],
			place?.name[lang],
			place?.coordinates?.[1],
			place?.coordinates?.[0],
			event.actors.map((a) => a.name[lang]).join('; '),
			sourceLines(event, lang).join('\n'),
			eventUrl(storyUrl, event.id)
		];
	});
	return toCsv([CSV_COLUMNS, ...rows]);
}
