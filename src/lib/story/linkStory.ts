/**
 * Turns validated files into a typed Story: resolves places and actors, anchors every quote in
 * its paragraph and orders the events. Pure: the caller reads the files.
 */
import type { GazetteerFile, StoryFile } from './schema';
import { describeValue, type DataProblem } from './problems';
import { anchorQuote } from './anchorQuote';
import { calendarDate, calendarInterval, compareCalendarDates } from './calendarDate';
import { splitArticle } from './paragraphs';
import type { Actor, Place, Source, Story, StoryEvent } from './types';

export interface StoryFiles {
	slug: string;
	storyFile: string;
	articleFile: string;
	gazetteerFile: string;
	story: StoryFile;
	articleText: string;
	gazetteer: GazetteerFile;
	/** Country codes the map can draw; when given, every place's codes are checked against them. */
	countryCodes?: ReadonlySet<string>;
}

export function linkStory(files: StoryFiles): { story?: Story; problems: DataProblem[] } {
	const problems: DataProblem[] = [];
	const error = (path: string, message: string, found?: string) =>
		problems.push({ file: files.storyFile, path, message, found, severity: 'error' });

	const { header, paragraphs } = splitArticle(files.articleText);
	if (paragraphs.length === 0) {
		problems.push({
			file: files.articleFile,
			path: '',
			message: 'expected the article text, paragraphs separated by blank lines',
			found: 'an empty file',
			severity: 'error'
		});
	}
	const paragraphById = new Map(paragraphs.map((p) => [p.id, p]));
	const actors = new Map<string, Actor>(
		Object.entries(files.story.actors).map(([id, a]) => [id, { id, ...a }])
	);
	const places: Record<string, Place> = {};
	const seenIds = new Set<string>();
	const checkedPlaces = new Set<string>();
	/** A place's country codes must be ones the world atlas has, or the map cannot draw it. */
	const checkCountryCodes = (id: string, place: GazetteerFile['places'][string], file: string) => {
		if (!files.countryCodes || checkedPlaces.has(id)) return;
		checkedPlaces.add(id);
		const codes: [string, string | undefined][] = [
			[`places.${id}.country`, place.country],
			...(place.countries ?? []).map((code, i): [string, string] => [`places.${id}.countries[${i}]`, code])
		];
		for (const [path, code] of codes) {
			if (code !== undefined && !files.countryCodes.has(code)) {
				problems.push({
					file,
					path,
					message: 'expected an ISO 3166-1 numeric code of a country in the world atlas (Natural Earth)',
					found: describeValue(code),
					severity: 'error'
				});
			}
		}
	};
	// A story's own places sit beside the shared gazetteer; one id must never mean two places.
	const localPlaces = files.story.places ?? {};
	for (const placeId of Object.keys(localPlaces)) {
		if (placeId in files.gazetteer.places) {
			error(
				`places.${placeId}`,
				`expected an id not already used in ${files.gazetteerFile}; use that place or choose another id`,
				describeValue(placeId)
			);
		}
	}
	const events: StoryEvent[] = [];

	files.story.events.forEach((raw, index) => {
		const at = `events[${index}]`;
		if (seenIds.has(raw.id))
			error(`${at}.id`, 'expected a unique event id; another event already has it', describeValue(raw.id));
		seenIds.add(raw.id);

		const start = calendarDate(raw.start);
		const end = raw.end === undefined ? undefined : calendarDate(raw.end);
		if (end && calendarInterval(end)[1] <= calendarInterval(start)[0]) {
			error(`${at}.end`, `expected an end on or after the start (${raw.start})`, describeValue(raw.end));
		}

		// A draft is checked like any event (its quote must be in the article) but not shown.
		const confirmed = raw.draft !== true;
		if (confirmed && raw.untranslated?.length) {
			error(
				`${at}.untranslated`,
				`expected the headline and summary translated before the event is confirmed; translate them, then delete "untranslated"`,
				describeValue(raw.untranslated)
			);
		}

		if (raw.place !== undefined) {
			const place = localPlaces[raw.place] ?? files.gazetteer.places[raw.place];
			if (!place) {
				error(
					`${at}.place`,
					`expected a place listed in ${files.gazetteerFile} or under "places" in this story`,
					`${describeValue(raw.place)}; known places: ${[...Object.keys(localPlaces), ...Object.keys(files.gazetteer.places)].join(', ')}`
				);
			} else if (confirmed) {
				places[raw.place] = { id: raw.place, ...place };
				checkCountryCodes(raw.place, place, raw.place in localPlaces ? files.storyFile : files.gazetteerFile);
			}
		}

		const eventActors: Actor[] = [];
		raw.actors.forEach((actorId, actorIndex) => {
			const actor = actors.get(actorId);
			if (actor) eventActors.push(actor);
			else
				error(
					`${at}.actors[${actorIndex}]`,
					'expected an actor defined under "actors" in this story',
					describeValue(actorId)
				);
		});

		const sources: Source[] = [];
		raw.sources.forEach((source, sourceIndex) => {
			const sourcePath = `${at}.sources[${sourceIndex}]`;
			const paragraph = paragraphById.get(source.paragraph);
			if (!paragraph) {
				error(
					`${sourcePath}.paragraph`,
					`expected a paragraph of ${files.articleFile}, p1 to p${paragraphs.length}`,
					describeValue(source.paragraph)
				);
				return;
			}
			const anchor = anchorQuote(paragraph.text, source.quote, source.occurrence);
			if (anchor.ok) {
				sources.push({
					paragraph: paragraph.id,
					paragraphNumber: paragraph.number,
					quote: source.quote,
					start: anchor.start,
					end: anchor.end
				});
			} else if (anchor.reason === 'not-found') {
				error(
					`${sourcePath}.quote`,
					`expected words that occur exactly in paragraph ${paragraph.id}; nearest text there: ${describeValue(anchor.nearest)}`,
					describeValue(source.quote)
				);
			} else if (anchor.reason === 'ambiguous') {
				error(
					`${sourcePath}.quote`,
					`expected a quote that occurs once in ${paragraph.id}, or an "occurrence" saying which; it occurs ${anchor.count} times`,
					describeValue(source.quote)
				);
			} else {
				error(
					`${sourcePath}.occurrence`,
					`expected an occurrence from 1 to ${anchor.count} of the quote in ${paragraph.id}`,
					describeValue(source.occurrence)
				);
			}
		});

		if (!confirmed) return;
		events.push({
			id: raw.id,
			start,
			end,
			approximate: raw.approximate,
			dateNote: raw.dateNote,
			status: raw.status,
			...(raw.type ? { type: raw.type } : {}),
			placeId: raw.place,
			actors: eventActors,
			headline: raw.headline,
			summary: raw.summary,
			sources,
			...(raw.questions?.length ? { questions: raw.questions } : {})
		});
	});

	if (events.length > 0 && files.story.untranslated?.length) {
		error(
			'untranslated',
			'expected the title and description translated before the story is published; translate them, then delete "untranslated"',
			describeValue(files.story.untranslated)
		);
	}

	if (problems.some((p) => p.severity === 'error')) return { problems };
	// Stable sort: events on the same date keep the order the author wrote them in.
	events.sort((a, b) => compareCalendarDates(a.start, b.start));
	return {
		problems,
		story: {
			slug: files.slug,
			title: files.story.title,
			description: files.story.description,
			article: {
				lang: files.story.article.lang,
				publication: files.story.article.publication,
				published: calendarDate(files.story.article.published),
				publishedNote: files.story.article.publishedNote,
				headerDate: header.date,
				paragraphs
			},
			events,
			places
		}
	};
}
