/**
 * A TimelineJS3 file as a story of this site: pure, the CLI reads and writes the files.
 *
 * The provenance guarantee holds for imported stories too: the slides' text (HTML read by a
 * real parser, kept as plain text) becomes the story's article, one paragraph per slide, and
 * every event quotes its own paragraph. The title slide gives the title and description and
 * opens the article. TimelineJS files have one language: both nl and en carry that text until
 * someone translates it (`validate` warns about every untranslated headline).
 */
import type { z } from 'zod';
import type { Lang } from '$lib/i18n/lang';
import { calendarDate, calendarInterval } from '$lib/story/calendarDate';
import { describeValue, formatPath, formatProblem, type DataProblem } from '$lib/story/problems';
import type { storySchema } from '$lib/story/schema';
import { htmlToText } from './htmlToText';
import { slugify, uniqueIds } from './slug';
import { placeReader } from './timelinePlaces';
import { fromTimelineDate, type ConvertedDate } from './timelineDate';
import {
	timelineFileSchema,
	timelineSlideSchema,
	timelineTextSchema,
	type TimelineSlide
} from './timelineJsFormat';

type StoryInput = z.input<typeof storySchema>;
type EventInput = StoryInput['events'][number];

export interface ImportOptions {
	/** The file's name as the author knows it, for messages. */
	file: string;
	/** The language the slides are written in. */
	lang: Lang;
	/** The article's publication date (YYYY, YYYY-MM or YYYY-MM-DD): TimelineJS files carry none. */
	published: string;
	/** Place ids in the shared gazetteer, which imported places must not reuse. */
	takenPlaceIds?: Iterable<string>;
}

export interface ImportedStory {
	/** A folder name suggested by the title. */
	slug: string;
	story: StoryInput;
	article: string;
	/** What was skipped or changed, one problem each, as `validate` prints them. */
	warnings: DataProblem[];
}

/** The file cannot be imported at all: one problem, shown on one line. */
export class TimelineImportError extends Error {
	constructor(readonly problem: DataProblem) {
		super(formatProblem(problem));
		this.name = 'TimelineImportError';
	}
}

/** A slide's own paragraph, before the article is numbered. */
interface Draft {
	paragraph: string;
	event: Omit<EventInput, 'sources'>;
}

export function importTimelineJs(data: unknown, options: ImportOptions): ImportedStory {
	const { file, lang } = options;
	const warnings: DataProblem[] = [];
	const warn = (path: string, message: string, found?: string) =>
		warnings.push({ file, path, message, found, severity: 'warning' });

	const parsed = timelineFileSchema.safeParse(data, { reportInput: true });
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new TimelineImportError({
			file,
			path: formatPath(issue.path),
			message: issue.message,
			found: describeValue(summarise((issue as { input?: unknown }).input)),
			severity: 'error'
		});
	}
	const timeline = parsed.data;

	const title = readTitle(timeline.title, warn);
	const paragraphs: string[] = [];
	if (title.text) paragraphs.push(title.text);
	const { read: readPlace, places } = placeReader(options.takenPlaceIds);
	const eventIds = uniqueIds();
	const drafts: Draft[] = [];
	let timesDropped = 0;

	const dateOf = (converted: ConvertedDate, path: string) => {
		for (const note of converted.notes) warn(path, note);
		if (converted.hadTime) timesDropped++;
		return converted.iso;
	};

	// Each slide on its own: one odd slide is skipped, the others come through.
	const slides = timeline.events.map((raw) => timelineSlideSchema.safeParse(raw, { reportInput: true }));
	slides.forEach((result, index) => {
		const at = `events[${index}]`;
		if (!result.success) {
			const issue = result.error.issues[0];
			warn(formatPath(['events', index, ...issue.path]), `skipped: ${issue.message}`);
			return;
		}
		const slide = result.data;
		const start = dateOf(fromTimelineDate(slide.start_date), `${at}.start_date`);
		if (!start) {
			warn(
				at,
				'skipped: a slide without a start date (TimelineJS skips it too)',
				describeValue(headlineOf(slide))
			);
			return;
		}
		let end = slide.end_date ? dateOf(fromTimelineDate(slide.end_date), `${at}.end_date`) : undefined;
		if (end && calendarInterval(calendarDate(end))[1] <= calendarInterval(calendarDate(start))[0]) {
			warn(
				`${at}.end_date`,
				`the end lies before the start (${start}), so it is dropped`,
				describeValue(end)
			);
			end = undefined;
		}
		const text = [htmlToText(slide.text?.text), blockquoteText(slide.media?.url)].filter(Boolean).join(' ');
		const headline = htmlToText(slide.text?.headline) || shorten(text);
		if (!headline) {
			warn(at, 'skipped: a slide with neither headline nor text');
			return;
		}
		const place = slide.location ? readPlace(slide.location) : undefined;
		if (slide.location && !place) {
			const { lat, lon } = slide.location;
			warn(
				`${at}.location`,
				'location skipped: expected "lat" from -90 to 90 and "lon" from -180 to 180',
				describeValue({ lat, lon })
			);
		}
		const id = eventIds(slugify(slide.unique_id ?? '') || slugify(headline) || `event-${index + 1}`);
		drafts.push({
			paragraph: text || headline,
			event: {
				id,
				start,
				...(end ? { end } : {}),
				status: isAfter(start, options.published) ? 'announced' : 'reported',
				...(place ? { place } : {}),
				headline: both(headline),
				summary: both(text || headline)
			}
		});
	});

	(timeline.eras ?? []).forEach((raw, index) => {
		const at = `eras[${index}]`;
		const result = timelineSlideSchema.safeParse(raw);
		const era = result.success ? result.data : undefined;
		const start = era && dateOf(fromTimelineDate(era.start_date), `${at}.start_date`);
		const end = era && dateOf(fromTimelineDate(era.end_date), `${at}.end_date`);
		const headline = htmlToText(era?.text?.headline);
		if (!era || !start || !end || !headline) {
			warn(at, 'skipped: an era needs a start date, an end date and a headline');
			return;
		}
		const text = htmlToText(era.text?.text);
		drafts.push({
			paragraph: text ? `${headline}: ${text}` : headline,
			event: {
				id: eventIds(slugify(headline) || `era-${index + 1}`),
				start,
				end,
				type: 'development',
				status: isAfter(start, options.published) ? 'announced' : 'reported',
				headline: both(headline),
				summary: both(text || headline)
			}
		});
	});
	if (timeline.eras?.length) {
		warn('eras', 'eras become spans of type "development": this site has no separate era bands');
	}

	const events = drafts.map(({ paragraph, event }) => {
		paragraphs.push(paragraph);
		return { ...event, sources: [{ paragraph: `p${paragraphs.length}`, quote: paragraph }] };
	});
	if (events.length === 0) {
		throw new TimelineImportError({
			file,
			path: 'events',
			message: 'expected at least one slide with a start date and a headline or text',
			found: `${timeline.events.length} slide${timeline.events.length === 1 ? '' : 's'}, none usable`,
			severity: 'error'
		});
	}

	if (timesDropped > 0) {
		warn(
			'',
			`times of day dropped on ${timesDropped} date${timesDropped === 1 ? '' : 's'}: the site shows dates`
		);
	}
	const usable = slides.flatMap((result) => (result.success ? [result.data] : []));
	const groups = new Set(usable.flatMap((slide) => slide.group?.trim() || []));
	if (groups.size > 0) {
		warn('', 'groups are not imported: the timeline arranges events by date', [...groups].join(', '));
	}
	// A blockquote "media" is words, and those are imported with the slide's text.
	const withMedia = usable.filter(
		(slide) => slide.media?.url?.trim() && !blockquoteText(slide.media.url)
	).length;
	if (withMedia > 0) {
		warn(
			'',
			`media on ${withMedia} slide${withMedia === 1 ? '' : 's'} not imported: the site shows text, dates and places`
		);
	}

	const titleText = title.headline || title.text || file.replace(/^.*[\\/]/, '').replace(/\.json$/i, '');
	return {
		slug: slugify(titleText) || 'imported-timeline',
		story: {
			$comment: `Imported from the TimelineJS3 file ${file.replace(/^.*[\\/]/, '')} (npm run story -- import). Written in ${lang === 'nl' ? 'Dutch' : 'English'}: the other language repeats that text until it is translated.`,
			title: both(titleText),
			description: both(title.text || titleText),
			article: {
				lang,
				published: options.published,
				publishedNote: {
					nl: 'Een TimelineJS-bestand vermeldt geen publicatiedatum; deze datum is bij het importeren opgegeven.',
					en: 'A TimelineJS file carries no publication date; this date was given when it was imported.'
				}
			},
			...(Object.keys(places).length > 0 ? { places } : {}),
			events
		},
		article: `${paragraphs.join('\n\n')}\n`,
		warnings
	};
}

function both(text: string) {
	return { nl: text, en: text };
}

/** The title slide's headline and text; an odd title slide is skipped with a warning. */
function readTitle(raw: unknown, warn: (path: string, message: string) => void) {
	if (raw === undefined || raw === null) return { headline: '', text: '' };
	const text = timelineSlideSchema.safeParse(raw).data?.text;
	const checked = timelineTextSchema.safeParse(text);
	if (!checked.success) {
		warn('title', 'the title slide has no readable "text", so the title comes from the file name');
		return { headline: '', text: '' };
	}
	return { headline: htmlToText(checked.data.headline), text: htmlToText(checked.data.text) };
}

/** TimelineJS shows a media URL that starts with <blockquote> as a quotation: words of the slide. */
function blockquoteText(url: string | null | undefined): string {
	return url?.trim().startsWith('<blockquote') ? htmlToText(url) : '';
}

function headlineOf(slide: TimelineSlide): string {
	return htmlToText(slide.text?.headline) || shorten(htmlToText(slide.text?.text)) || '(no headline)';
}

/** The first words of a text, as a headline for a slide that has none. */
function shorten(text: string, words = 10): string {
	const all = text.split(' ').filter(Boolean);
	return all.length <= words ? text : `${all.slice(0, words).join(' ')}…`;
}

function isAfter(date: string, published: string): boolean {
	return calendarInterval(calendarDate(date))[0] >= calendarInterval(calendarDate(published))[1];
}

/** A value found where the file should be, briefly (not a whole file in an error message). */
function summarise(input: unknown): unknown {
	if (Array.isArray(input)) return `a list of ${input.length}`;
	if (input && typeof input === 'object')
		return `an object with keys ${Object.keys(input).slice(0, 6).join(', ') || '(none)'}`;
	return input;
}
