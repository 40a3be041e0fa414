import { socialCardSvg } from '$lib/card/socialCard';
import { svgToPng } from '$lib/card/socialCardPng';
import { storyEntries, storyFromParams } from '$lib/story/storyRoute';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** A social card per story and language, written as a file next to the story's page. */
export const entries: EntryGenerator = storyEntries;

export const GET: RequestHandler = ({ params }) => {
	const { story, lang } = storyFromParams(params);
	const png = svgToPng(socialCardSvg(story, lang));
	return new Response(new Blob([png as Uint8Array<ArrayBuffer>]), {
		headers: { 'Content-Type': 'image/png' }
	});
};
