import { buildMapFrames } from '$lib/map/buildStoryMap';
import { siteUrl } from '$lib/site';
import { storyEntries, storyFromParams } from '$lib/story/storyRoute';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every story in every language is prerendered. */
export const entries: EntryGenerator = storyEntries;

export const load: PageServerLoad = ({ params }) => {
	const { story } = storyFromParams(params);
	// Only the overlays: the base map geometry is a separate file per frame (routes/maps/).
	// The public address makes the embed code and the oEmbed discovery link absolute.
	return { story, map: buildMapFrames(story), siteUrl: siteUrl() };
};
