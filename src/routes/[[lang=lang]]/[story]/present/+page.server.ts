import { buildMapFrames } from '$lib/map/buildStoryMap';
import { storyEntries, storyFromParams } from '$lib/story/storyRoute';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every story's presentation, in every language, is prerendered like the story itself. */
export const entries: EntryGenerator = storyEntries;

export const load: PageServerLoad = ({ params }) => {
	// The page resets to the root layout, so it names its own language.
	const { story, lang } = storyFromParams(params);
	return { lang, story, map: buildMapFrames(story) };
};
