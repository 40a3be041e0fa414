import { storyPath } from '$lib/i18n/paths';
import { oembedPath } from '$lib/embed/oembed';
import { buildMapFrames } from '$lib/map/buildStoryMap';
import { siteUrl } from '$lib/site';
import { storyEntries, storyFromParams } from '$lib/story/storyRoute';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every story's embed, in every language, is prerendered like the story itself. */
export const entries: EntryGenerator = storyEntries;
/** No SvelteKit client: the page loads only its own small script (src/lib/embed/client.ts). */
export const csr = false;

export const load: PageServerLoad = ({ params }) => {
	// The page resets to the root layout, so it names its own language.
	const { story, lang } = storyFromParams(params);
	const site = siteUrl();
	return {
		lang,
		story,
		// Only the overlays: the base map geometry is a separate file per frame (routes/maps/).
		map: buildMapFrames(story),
		// Absolute: the embed lives inside other sites' pages.
		fullStoryUrl: `${site}${storyPath(lang, story.slug)}`,
		cardUrl: `${site}${storyPath(lang, story.slug, 'card.png')}`,
		oembedUrl: `${site}${oembedPath(lang, story.slug)}`
	};
};
