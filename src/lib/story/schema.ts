/**
 * The shape of the authored files, checked with zod. Messages say what was expected in words a
 * journalist can act on; the loader adds the file, the JSON path and the value found.
 */
import { z } from 'zod';
import { CALENDAR_DATE_FORMS, parseCalendarDate } from './calendarDate';

const text = (what: string) =>
	z
		.string({ error: `expected ${what} as text` })
		.trim()
		.min(1, { error: `expected ${what}, not empty text` });

const localized = (what: string) =>
	z.strictObject(
		{ nl: text(`${what} in Dutch`), en: text(`${what} in English`) },
		{ error: `expected ${what} in both languages, as { "nl": "…", "en": "…" }` }
	);

const calendarDateText = z
	.string({ error: `expected ${CALENDAR_DATE_FORMS}` })
	.refine((value) => parseCalendarDate(value) !== null, {
		error: `expected ${CALENDAR_DATE_FORMS}, a date that exists`
	});

const id = z
	.string({ error: 'expected an id as text' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected an id of lower-case letters, digits and hyphens' });

const countryCode = z
	.string()
	.regex(/^\d{3}$/, { error: 'expected an ISO 3166-1 numeric country code like "643"' });

const comment = z.string().optional();

export const sourceSchema = z.strictObject({
	paragraph: z.string().regex(/^p[1-9]\d*$/, { error: 'expected a paragraph id like "p2"' }),
	quote: text('the exact words quoted from the paragraph'),
	occurrence: z.int().min(1, { error: 'expected the occurrence as a whole number from 1' }).optional()
});

// Languages whose text is still a copy of the article's language, waiting for a translation.
const untranslated = z
	.array(z.enum(['nl', 'en'], { error: 'expected "nl" or "en"' }), {
		error: 'expected a list of languages still to translate, such as ["en"]'
	})
	.optional();

export const eventSchema = z.strictObject({
	id,
	start: calendarDateText,
	end: calendarDateText.optional(),
	approximate: z.boolean({ error: 'expected true or false' }).default(false),
	dateNote: localized('a note on the date').optional(),
	status: z.enum(['reported', 'announced'], {
		error: 'expected "reported" (had happened at publication) or "announced" (still ahead)'
	}),
	type: z
		.enum(['meeting', 'statement', 'development'], {
			error:
				'expected a type: "meeting" (talks, a council), "statement" (something said) or "development" (a situation)'
		})
		.optional(),
	place: id.optional(),
	actors: z.array(id).default([]),
	headline: localized('a headline'),
	summary: localized('a summary'),
	sources: z.array(sourceSchema).min(1, { error: 'expected at least one source quote for the event' }),
	// Teacher notes for the classroom presentation: questions to discuss at this event.
	questions: z
		.array(localized('a discussion question'), {
			error: 'expected a list of discussion questions, each as { "nl": "…", "en": "…" }'
		})
		.optional(),
	// Authoring marks (README, "Authoring"): `npm run story -- new` writes suggested events as
	// drafts; the site shows an event only once an author confirms it by deleting "draft": true.
	draft: z.boolean({ error: 'expected true (a suggestion not yet confirmed) or false' }).optional(),
	suggestion: z
		.strictObject(
			{
				confidence: z
					.number({ error: 'expected a confidence from 0 to 1' })
					.min(0, { error: 'expected a confidence from 0 to 1' })
					.max(1, { error: 'expected a confidence from 0 to 1' }),
				reason: text('the reason for the suggestion')
			},
			{ error: 'expected { "confidence": 0.8, "reason": "…" }' }
		)
		.optional(),
	untranslated
});

export const storySchema = z.strictObject({
	$comment: comment,
	title: localized('a title'),
	description: localized('a description'),
	article: z.strictObject({
		lang: z.enum(['nl', 'en'], { error: 'expected the language of the article, "nl" or "en"' }),
		// Who published it ("NOS", "de Volkskrant"): the credit line of the handout and slide pictures.
		publication: text('the name of the publication').optional(),
		published: calendarDateText,
		publishedNote: localized('a note on how the publication date is known').optional()
	}),
	actors: z
		.record(id, z.strictObject({ name: localized('a name'), role: localized('a role').optional() }))
		.default({}),
	events: z.array(eventSchema).min(1, { error: 'expected at least one event' }),
	untranslated,
	// Places only this story needs (e.g. imported from a TimelineJS file), beside the shared gazetteer.
	get places() {
		return z.record(id, placeSchema).optional();
	}
});

const coordinates = z.tuple(
	[
		z.number().min(-180, { error: 'expected a longitude from -180 to 180' }).max(180, {
			error: 'expected a longitude from -180 to 180'
		}),
		z.number().min(-90, { error: 'expected a latitude from -90 to 90' }).max(90, {
			error: 'expected a latitude from -90 to 90'
		})
	],
	{ error: 'expected coordinates as [longitude, latitude]' }
);

export const placeSchema = z
	.strictObject({
		name: localized('a place name'),
		aliases: z.array(text('an alias')).default([]),
		kind: z.enum(['city', 'region', 'border', 'country'], {
			error: 'expected a kind: "city", "region", "border" or "country"'
		}),
		country: countryCode.optional(),
		coordinates: coordinates.optional(),
		countries: z.tuple([countryCode, countryCode], { error: 'expected two country codes' }).optional()
	})
	.superRefine((place, context) => {
		if (place.kind === 'border' && !place.countries) {
			context.addIssue({
				code: 'custom',
				path: ['countries'],
				message: 'expected the two countries a border lies between'
			});
		}
		if ((place.kind === 'city' || place.kind === 'region') && !place.coordinates) {
			context.addIssue({
				code: 'custom',
				path: ['coordinates'],
				message: 'expected coordinates for a city or region'
			});
		}
		if (place.kind === 'country' && !place.country) {
			context.addIssue({
				code: 'custom',
				path: ['country'],
				message: 'expected the country code of a country'
			});
		}
	});

export const gazetteerSchema = z.strictObject({
	$comment: comment,
	places: z.record(id, placeSchema)
});

export type StoryFile = z.output<typeof storySchema>;
export type GazetteerFile = z.output<typeof gazetteerSchema>;
