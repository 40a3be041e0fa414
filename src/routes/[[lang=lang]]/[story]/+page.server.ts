import { error } from '@sveltejs/kit';
import { LANGS, DEFAULT_LANG } from '$lib/i18n/lang';
import { buildMapFrames } from '$lib/map/buildStoryMap';
import { siteUrl } from '$lib/site';
import { listStorySlugs, loadStory } from '$lib/story/loadStory';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every story in every language is prerendered. */
export const entries: EntryGenerator = () =>
	listStorySlugs().flatMap((story) =>
		LANGS.map((lang) => (lang === DEFAULT_LANG ? { story } : { lang, story }))
	);

export const load: PageServerLoad = ({ params }) => {
	if (!listStorySlugs().includes(params.story)) error(404, `No story "${params.story}"`);
	// Bad data throws a StoryDataError here, which fails the build with its list of problems.
	const story = loadStory(params.story);
	// Only the overlays: the base map geometry is a separate file per frame (routes/maps/).
	// The public address makes the embed code and the oEmbed discovery link absolute.
	return { story, map: buildMapFrames(story), siteUrl: siteUrl() };
};
