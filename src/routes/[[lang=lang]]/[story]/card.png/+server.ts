import { error } from '@sveltejs/kit';
import { DEFAULT_LANG, isLang, LANGS } from '$lib/i18n/lang';
import { socialCardSvg } from '$lib/card/socialCard';
import { svgToPng } from '$lib/card/socialCardPng';
import { listStorySlugs, loadStory } from '$lib/story/loadStory';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** A social card per story and language, written as a file next to the story's page. */
export const entries: EntryGenerator = () =>
	listStorySlugs().flatMap((story) =>
		LANGS.map((lang) => (lang === DEFAULT_LANG ? { story } : { lang, story }))
	);

export const GET: RequestHandler = ({ params }) => {
	if (!listStorySlugs().includes(params.story)) error(404, `No story "${params.story}"`);
	const lang = isLang(params.lang) ? params.lang : DEFAULT_LANG;
	const png = svgToPng(socialCardSvg(loadStory(params.story), lang));
	return new Response(new Blob([png as Uint8Array<ArrayBuffer>]), {
		headers: { 'Content-Type': 'image/png' }
	});
};
