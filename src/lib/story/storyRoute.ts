/**
 * What every per-story route shares (page, embed, presentation, card, oEmbed): it is prerendered
 * for every story in every language, and it answers an unknown story with a 404. Build time only.
 */
import { error } from '@sveltejs/kit';
import { DEFAULT_LANG, isLang, LANGS, type Lang } from '$lib/i18n/lang';
import { listStorySlugs, loadStory } from './loadStory';
import type { Story } from './types';

/** Route parameters of every story in every language (Dutch has no prefix). */
export function storyEntries(): { story: string; lang?: string }[] {
	return listStorySlugs().flatMap((story) =>
		LANGS.map((lang) => (lang === DEFAULT_LANG ? { story } : { lang, story }))
	);
}

/**
 * The story and language a route was asked for. Bad data throws a StoryDataError here, which
 * fails the build with its list of problems.
 */
export function storyFromParams(params: { story: string; lang?: string }): { story: Story; lang: Lang } {
	if (!listStorySlugs().includes(params.story)) error(404, `No story "${params.story}"`);
	return { story: loadStory(params.story), lang: isLang(params.lang) ? params.lang : DEFAULT_LANG };
}
