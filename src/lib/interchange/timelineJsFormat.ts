/**
 * The TimelineJS3 JSON format (https://timeline.knightlab.com/docs/json-format.html), read the
 * way TimelineJS itself reads it: numbers may come as strings ("8"), empty strings mean "not
 * given", keys it does not know are ignored. Only the shape is checked here; what the values
 * mean is the importer's business.
 */
import { z } from 'zod';

/** A date part as real files write it: 8, "8", "08", "" or null. */
const datePart = z.union([z.number(), z.string(), z.null()], { error: 'expected a number' }).optional();

export const timelineDateSchema = z.looseObject(
	{
		year: datePart,
		month: datePart,
		day: datePart,
		hour: datePart,
		minute: datePart,
		second: datePart,
		millisecond: datePart,
		display_date: z.string().nullish()
	},
	{ error: 'expected a date as { "year": …, "month": …, "day": … }' }
);

const optionalText = z.string({ error: 'expected text' }).nullish();

export const timelineTextSchema = z.looseObject(
	{ headline: optionalText, text: optionalText },
	{ error: 'expected { "headline": …, "text": … }' }
);

const coordinate = z.union([z.number(), z.string(), z.null()]).optional();

/** Not in TimelineJS's documentation, but in files made for StoryMapJS and in marktwain.json. */
export const timelineLocationSchema = z.looseObject({ lat: coordinate, lon: coordinate, name: optionalText });

export const timelineSlideSchema = z.looseObject(
	{
		start_date: timelineDateSchema.nullish(),
		end_date: timelineDateSchema.nullish(),
		text: timelineTextSchema.nullish(),
		media: z.looseObject({ url: optionalText, caption: optionalText, credit: optionalText }).nullish(),
		group: optionalText,
		display_date: optionalText,
		unique_id: optionalText,
		location: timelineLocationSchema.nullish()
	},
	{ error: 'expected a slide: an object with "start_date", "text" …' }
);

export const timelineFileSchema = z.looseObject(
	{
		title: z.unknown().optional(),
		// Slides are checked one by one, so one odd slide is skipped instead of failing the file.
		events: z.array(z.unknown(), { error: 'expected a TimelineJS3 file: an object with an "events" list' }),
		eras: z.array(z.unknown(), { error: 'expected "eras" as a list' }).nullish()
	},
	{ error: 'expected a TimelineJS3 file: an object with an "events" list' }
);

export type TimelineDate = z.output<typeof timelineDateSchema>;
export type TimelineSlide = z.output<typeof timelineSlideSchema>;

/** The TimelineJS3 JSON we write: numbers as numbers, only the keys we fill. */
export interface TimelineJsDate {
	year: number;
	month?: number;
	day?: number;
	display_date?: string;
}

export interface TimelineJsSlide {
	unique_id?: string;
	start_date?: TimelineJsDate;
	end_date?: TimelineJsDate;
	text: { headline: string; text: string };
	location?: { lat: number; lon: number; name: string };
	group?: string;
}

export interface TimelineJsFile {
	title: TimelineJsSlide;
	events: TimelineJsSlide[];
}
