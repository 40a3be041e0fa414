/** The typed story the site renders: validated, linked and anchored at build time. */
import type { Lang, Localized } from '$lib/i18n/lang';
import type { CalendarDate } from './calendarDate';
import type { Paragraph } from './paragraphs';

export type PlaceKind = 'city' | 'region' | 'border' | 'country';

export interface Place {
	id: string;
	name: Localized;
	aliases: string[];
	kind: PlaceKind;
	/** ISO 3166-1 numeric code of the country a point place lies in. */
	country?: string;
	/** [longitude, latitude] for point places. */
	coordinates?: [number, number];
	/** For a border: the two countries (ISO numeric) whose shared boundary it is. */
	countries?: [string, string];
}

export interface Actor {
	id: string;
	name: Localized;
	role?: Localized;
}

export interface Source {
	paragraph: string;
	paragraphNumber: number;
	quote: string;
	/** Character offsets of the quote in its paragraph's text. */
	start: number;
	end: number;
}

export type EventStatus = 'reported' | 'announced';

/** What kind of happening: the map joins the meetings into a route and marks statement places apart. */
export type EventType = 'meeting' | 'statement' | 'development';

export interface StoryEvent {
	id: string;
	start: CalendarDate;
	end?: CalendarDate;
	approximate: boolean;
	dateNote?: Localized;
	status: EventStatus;
	type?: EventType;
	placeId?: string;
	actors: Actor[];
	headline: Localized;
	summary: Localized;
	sources: Source[];
	/** Discussion questions for the classroom presentation's teacher notes. */
	questions?: Localized[];
}

/**
 * What the timeline draws of an event, its headline in the languages `L` at least: a large
 * story's index carries only its page's language (see compactStory.ts).
 */
export type TimelineEvent<L extends Lang = Lang> = Pick<
	StoryEvent,
	'id' | 'start' | 'end' | 'approximate' | 'status' | 'placeId'
> & { headline: Pick<Localized, L> };

export interface Article {
	lang: Lang;
	/** The publication's name, when the source names it; credits say "a news article" otherwise. */
	publication?: string;
	published: CalendarDate;
	publishedNote?: Localized;
	/** The date in the file's own header, e.g. "2022-01". */
	headerDate?: string;
	paragraphs: Paragraph[];
}

export interface Story {
	slug: string;
	title: Localized;
	description: Localized;
	article: Article;
	/** In time order. */
	events: StoryEvent[];
	/** The places the events refer to, by id. */
	places: Record<string, Place>;
}

/**
 * What the timeline needs of a story, drawn in language `L`: a `Story` is one for either
 * language, and so is a large story's index alone for its own.
 */
export interface TimelineStory<L extends Lang = Lang> {
	slug: string;
	title: Localized;
	article: Pick<Article, 'published'>;
	events: TimelineEvent<L>[];
	places: Record<string, Place>;
}
