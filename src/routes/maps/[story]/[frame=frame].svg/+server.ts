/**
 * The base map of a story's frame as a static SVG file (/maps/<story>/wide.svg, …/tall.svg),
 * prerendered: the page shows it as an image under its interactive overlay, so the geometry is
 * fetched once (and cached) instead of also sitting in the page's hydration data.
 */
import { error } from '@sveltejs/kit';
import { baseMapSvg } from '$lib/map/baseMapSvg';
import { buildStoryMap } from '$lib/map/buildStoryMap';
import { FRAME_VARIANTS, MAP_FRAMES } from '$lib/map/frames';
import { listStorySlugs, loadStory } from '$lib/story/loadStory';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** A story without places shows no map, so it gets no base map files. */
export const entries: EntryGenerator = () =>
	listStorySlugs()
		.filter((story) => Object.keys(loadStory(story).places).length > 0)
		.flatMap((story) => FRAME_VARIANTS.map((frame) => ({ story, frame })));

export const GET: RequestHandler = ({ params }) => {
	if (!listStorySlugs().includes(params.story)) error(404, `No story "${params.story}"`);
	const map = buildStoryMap(loadStory(params.story), MAP_FRAMES[params.frame as keyof typeof MAP_FRAMES]);
	return new Response(baseMapSvg(map), { headers: { 'content-type': 'image/svg+xml' } });
};
