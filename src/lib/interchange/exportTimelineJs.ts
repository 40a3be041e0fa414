/**
 * A story as a TimelineJS3 file: the title slide, one slide per event with its date at its
 * precision, the place as `location` (TimelineJS ignores it; StoryMapJS and our importer read
 * it) and the sources in the text with their paragraph numbers. Our text is plain, TimelineJS
 * reads HTML: everything is escaped.
 */
import type { Lang } from '$lib/i18n/lang';
import type { Place, Story } from '$lib/story/types';
import { toTimelineDate } from './timelineDate';
import type { TimelineJsFile, TimelineJsSlide } from './timelineJsFormat';
import { dateNotes, sourceLines } from './sourceLines';
import { escapeMarkup } from '$lib/markup/escape';

const paragraph = (text: string) => `<p>${escapeMarkup(text)}</p>`;

export function toTimelineJs(story: Story, lang: Lang): TimelineJsFile {
	return {
		title: {
			text: { headline: escapeMarkup(story.title[lang]), text: paragraph(story.description[lang]) }
		},
		events: story.events.map((event): TimelineJsSlide => {
			const place = event.placeId ? story.places[event.placeId] : undefined;
			const notes = dateNotes(event, lang);
			return {
				unique_id: event.id,
				start_date: toTimelineDate(event.start),
				...(event.end ? { end_date: toTimelineDate(event.end) } : {}),
				text: {
					headline: escapeMarkup(event.headline[lang]),
					text: [event.summary[lang], ...(notes.length ? [notes.join(' ')] : []), ...sourceLines(event, lang)]
						.map(paragraph)
						.join('')
				},
				...(place?.coordinates ? { location: location(place, lang) } : {})
			};
		})
	};
}

function location(place: Place, lang: Lang) {
	const [lon, lat] = place.coordinates!;
	return { lat, lon, name: place.name[lang] };
}
