/**
 * The story's pictures for slides as the reader sees the story now: the page's language and the
 * selected event. Pure apart from the base map, which the caller fetches (it is a file of its own).
 */
import { mapFigure } from '$lib/figures/mapFigure';
import { slideSvg, type PictureKind } from '$lib/figures/slidePicture';
import { timelineFigure } from '$lib/figures/timelineFigure';
import type { Lang } from '$lib/i18n/lang';
import type { MapOverlay } from '$lib/map/types';
import type { Story } from '$lib/story/types';

/** Slide pictures' widths: the timeline fills a 16:9 slide's width; the map is narrower than tall. */
export const PICTURE_WIDTH: Record<PictureKind, number> = { timeline: 1200, map: 900 };
const MARGINS = 80;

export interface PictureRequest {
	story: Story;
	lang: Lang;
	/** The selected event (from the page's ?event=), or null. */
	selectedId: string | null;
	/** The story's address in this language, printed on the picture. */
	pageUrl: string;
	/** The wide frame's overlay, and its base map file's SVG (for the map only). */
	map?: { overlay: MapOverlay; baseMapSvg: string };
}

export function pictureSvg(kind: PictureKind, request: PictureRequest): string {
	const { story, lang, pageUrl } = request;
	const selected = story.events.find((event) => event.id === request.selectedId) ?? null;
	const width = PICTURE_WIDTH[kind];
	let figure;
	if (kind === 'timeline') {
		figure = timelineFigure(story, lang, {
			width: width - MARGINS,
			tone: 'colour',
			selectedId: selected?.id
		});
	} else {
		if (!request.map) throw new Error('picture: the map picture needs the base map and its overlay');
		figure = mapFigure(story, lang, request.map.overlay, request.map.baseMapSvg, {
			tone: 'colour',
			selectedId: selected?.id,
			idPrefix: 'picture-map'
		});
	}
	return slideSvg(story, lang, { kind, figure, width, pageUrl, selectedHeadline: selected?.headline[lang] });
}
