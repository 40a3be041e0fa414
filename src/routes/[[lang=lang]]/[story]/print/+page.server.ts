import { mapFigure } from '$lib/figures/mapFigure';
import { figureSvg } from '$lib/figures/svg';
import { timelineFigure } from '$lib/figures/timelineFigure';
import { messages } from '$lib/i18n/messages';
import { storyPath } from '$lib/i18n/paths';
import { baseMapSvg } from '$lib/map/baseMapSvg';
import { buildStoryMap, overlayOf } from '$lib/map/buildStoryMap';
import { MAP_FRAMES } from '$lib/map/frames';
import { siteUrl } from '$lib/site';
import { storyEntries, storyFromParams } from '$lib/story/storyRoute';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every story's handout, in every language, is prerendered like the story itself. */
export const entries: EntryGenerator = storyEntries;

/**
 * A page for paper: no SvelteKit client at all (its one button is static/handout/print.js), so
 * the figures below sit in the HTML once, not again as hydration data.
 */
export const csr = false;

/** Laid out at about the printed width of A4 and Letter between margins (180 mm ≈ 680 CSS px). */
const PRINT_WIDTH = 680;

export const load: PageServerLoad = ({ params }) => {
	const { story, lang } = storyFromParams(params);
	const t = messages(lang);
	const timeline = timelineFigure(story, lang, { width: PRINT_WIDTH, tone: 'mono' });
	// The wide frame with its base map inlined: one vector drawing that prints at any size.
	// A story without places has no map on its page, and none on paper either.
	const hasMap = Object.keys(story.places).length > 0;
	const map = hasMap ? buildStoryMap(story, MAP_FRAMES.wide) : undefined;
	const mapDrawing = map
		? mapFigure(story, lang, overlayOf(map), baseMapSvg(map), { tone: 'mono', idPrefix: 'handout-map' })
		: undefined;
	return {
		lang,
		story,
		storyUrl: `${siteUrl()}${storyPath(lang, story.slug)}`,
		showsCrimea: map?.showsCrimea ?? false,
		timelineSvg: figureSvg(timeline, `${t.timelineLabel(story.title[lang])}. ${t.handoutFigureAlt}`),
		mapSvg: mapDrawing
			? figureSvg(mapDrawing, `${t.mapLabel(story.title[lang])}. ${t.handoutFigureAlt}`)
			: null
	};
};
