import { json } from '@sveltejs/kit';
import { CARD } from '$lib/card/cardSize';
import { oembedResponse } from '$lib/embed/oembed';
import { storyPath } from '$lib/i18n/paths';
import { siteUrl } from '$lib/site';
import { storyEntries, storyFromParams } from '$lib/story/storyRoute';
import type { EntryGenerator, RequestHandler } from './$types';

/** One JSON per story and language, written at build time: static hosts cannot answer `?url=`. */
export const prerender = true;
export const entries: EntryGenerator = storyEntries;

export const GET: RequestHandler = ({ params }) => {
	const { story, lang } = storyFromParams(params);
	const site = siteUrl();
	return json(
		oembedResponse({
			siteUrl: site,
			slug: story.slug,
			title: story.title[lang],
			lang,
			// The story's social card (routes/[story]/card.png), drawn at build time from its timeline.
			thumbnail: { url: `${site}${storyPath(lang, story.slug, 'card.png')}`, ...CARD }
		})
	);
};
