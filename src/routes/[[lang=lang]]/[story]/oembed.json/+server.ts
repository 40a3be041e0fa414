import { readFileSync } from 'node:fs';
import { error, json } from '@sveltejs/kit';
import { oembedResponse, pngSize, type Thumbnail } from '$lib/embed/oembed';
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

/** The site's screenshot, sized from the file itself so the numbers never go stale. */
const SCREENSHOT = 'static/screenshot.png';

function thumbnail(site: string): Thumbnail | undefined {
	const size = pngSize(readFileSync(SCREENSHOT));
	return size && { url: `${site}/screenshot.png`, ...size };
}

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
			thumbnail: thumbnail(site)
		})
	);
};
