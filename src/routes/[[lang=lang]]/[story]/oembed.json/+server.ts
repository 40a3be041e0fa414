import { error, json } from '@sveltejs/kit';
import { CARD } from '$lib/card/cardSize';
import { oembedResponse } from '$lib/embed/oembed';
import { localizedPath } from '$lib/i18n/paths';
import { DEFAULT_LANG, isLang, LANGS } from '$lib/i18n/lang';
import { siteUrl } from '$lib/site';
import { listStorySlugs, loadStory } from '$lib/story/loadStory';
import type { EntryGenerator, RequestHandler } from './$types';

/** One JSON per story and language, written at build time: static hosts cannot answer `?url=`. */
export const prerender = true;
export const entries: EntryGenerator = () =>
	listStorySlugs().flatMap((story) =>
		LANGS.map((lang) => (lang === DEFAULT_LANG ? { story } : { lang, story }))
	);

export const GET: RequestHandler = ({ params }) => {
	if (!listStorySlugs().includes(params.story)) error(404, `No story "${params.story}"`);
	const lang = isLang(params.lang) ? params.lang : DEFAULT_LANG;
	const story = loadStory(params.story);
	const site = siteUrl();
	return json(
		oembedResponse({
			siteUrl: site,
			slug: story.slug,
			title: story.title[lang],
			lang,
			// The story's social card (routes/[story]/card.png), drawn at build time from its timeline.
			thumbnail: { url: `${site}${localizedPath(lang, `/${story.slug}/card.png`)}`, ...CARD }
		})
	);
};
