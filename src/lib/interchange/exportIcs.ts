/**
 * A story as a calendar (.ics): one all-day entry per event. A date known to the month or year
 * covers that whole month or year (DTEND is exclusive, RFC 5545 §3.6.1) and says so in its
 * description; a span runs to the end of its last day, month or year. Events announced at
 * publication are TENTATIVE, reported ones CONFIRMED.
 */
import type { Lang } from '$lib/i18n/lang';
import { calendarInterval } from '$lib/story/calendarDate';
import type { Story } from '$lib/story/types';
import { eventUrl } from './exportFormats';
import { escapeIcsText, icsDate, icsDocument, icsLine, icsTimestamp } from './ics';
import { dateNotes, sourceLines } from './sourceLines';

export interface IcsOptions {
	/** The story page's absolute address in this language, for each entry's URL. */
	storyUrl: string;
	/** When the file is made (DTSTAMP). */
	stamp: Date;
}

export function toStoryIcs(story: Story, lang: Lang, { storyUrl, stamp }: IcsOptions): string {
	const text = (name: string, value: string) => icsLine(name, escapeIcsText(value), { LANGUAGE: lang });
	const host = new URL(storyUrl).host;
	const dtstamp = icsTimestamp(stamp);
	const entries = story.events.flatMap((event) => {
		const place = event.placeId ? story.places[event.placeId] : undefined;
		const [start] = calendarInterval(event.start);
		const [, end] = calendarInterval(event.end ?? event.start);
		const url = eventUrl(storyUrl, event.id);
		const description = [
			event.summary[lang],
			dateNotes(event, lang).join(' '),
			sourceLines(event, lang).join('\n'),
			url
		]
			.filter(Boolean)
			.join('\n\n');
		return [
			'BEGIN:VEVENT',
			icsLine('UID', `${story.slug}.${event.id}@${host}`),
			icsLine('DTSTAMP', dtstamp),
			icsLine('DTSTART', icsDate(start), { VALUE: 'DATE' }),
			icsLine('DTEND', icsDate(end), { VALUE: 'DATE' }),
			text('SUMMARY', event.headline[lang]),
			text('DESCRIPTION', description),
			...(place ? [text('LOCATION', place.name[lang])] : []),
			...(place?.coordinates ? [icsLine('GEO', `${place.coordinates[1]};${place.coordinates[0]}`)] : []),
			icsLine('URL', url),
			icsLine('STATUS', event.status === 'announced' ? 'TENTATIVE' : 'CONFIRMED'),
			// A day-long entry must not show the reader as busy.
			icsLine('TRANSP', 'TRANSPARENT'),
			'END:VEVENT'
		];
	});
	return icsDocument([
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Diplomatic Timeline//Story export//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		text('NAME', story.title[lang]),
		text('X-WR-CALNAME', story.title[lang]),
		...entries,
		'END:VCALENDAR'
	]);
}
