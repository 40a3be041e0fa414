import { error } from '@sveltejs/kit';
import { DEFAULT_LANG, isLang, LANGS, type Lang } from '$lib/i18n/lang';
import { buildMapFrames } from '$lib/map/buildStoryMap';
import { listStorySlugs, loadStory } from '$lib/story/loadStory';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every story's presentation, in every language, is prerendered like the story itself. */
export const entries: EntryGenerator = () =>
	listStorySlugs().flatMap((story) =>
		LANGS.map((lang) => (lang === DEFAULT_LANG ? { story } : { lang, story }))
	);

export const load: PageServerLoad = ({ params }) => {
	if (!listStorySlugs().includes(params.story)) error(404, `No story "${params.story}"`);
	// The page resets to the root layout, so it names its own language.
	const lang: Lang = isLang(params.lang) ? params.lang : DEFAULT_LANG;
	const story = loadStory(params.story);
	return { lang, story, map: buildMapFrames(story) };
};
