import { error } from '@sveltejs/kit';
import { DEFAULT_LANG, isLang, LANGS, type Lang } from '$lib/i18n/lang';
import { localizedPath } from '$lib/i18n/paths';
import { oembedPath } from '$lib/embed/oembed';
import { buildMapFrames } from '$lib/map/buildStoryMap';
import { siteUrl } from '$lib/site';
import { listStorySlugs, loadStory } from '$lib/story/loadStory';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every story's embed, in every language, is prerendered like the story itself. */
export const entries: EntryGenerator = () =>
	listStorySlugs().flatMap((story) =>
		LANGS.map((lang) => (lang === DEFAULT_LANG ? { story } : { lang, story }))
	);

export const load: PageServerLoad = ({ params }) => {
	if (!listStorySlugs().includes(params.story)) error(404, `No story "${params.story}"`);
	const lang: Lang = isLang(params.lang) ? params.lang : DEFAULT_LANG;
	const story = loadStory(params.story);
	const site = siteUrl();
	return {
		lang,
		story,
		// Only the overlays: the base map geometry is a separate file per frame (routes/maps/).
		map: buildMapFrames(story),
		// Absolute: the embed lives inside other sites' pages.
		fullStoryUrl: `${site}${localizedPath(lang, `/${story.slug}/`)}`,
		cardUrl: `${site}${localizedPath(lang, `/${story.slug}/card.png`)}`,
		oembedUrl: `${site}${oembedPath(lang, story.slug)}`
	};
};
