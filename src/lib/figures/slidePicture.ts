/**
 * Pictures for slides: the timeline or the map as one self-contained SVG with the story's title,
 * the source credit, the language and the address of the story above it, so a picture pasted
 * into a presentation still says what it shows and where it comes from. Pure: the browser turns
 * it into a download (slides/download.ts), the tests parse it.
 */
import { wrapText } from '$lib/card/socialCard';
import type { Lang } from '$lib/i18n/lang';
import { formatCalendarDate } from '$lib/i18n/formatDate';
import { messages } from '$lib/i18n/messages';
import type { Story } from '$lib/story/types';
import { FIGURE_FONT, r, svgText, TONES, type Figure } from './svg';
import { escapeMarkup } from '$lib/markup/escape';

export type PictureKind = 'timeline' | 'map';

const MARGIN = 40;
const TITLE_SIZE = 34;
const LINE_SIZE = 17;

/** "Source: NOS, Tuesday 11 January 2022", or the article's language when the publication is not known. */
export function sourceCredit(story: Story, lang: Lang): string {
	const t = messages(lang);
	const date = formatCalendarDate(story.article.published, lang);
	return t.sourceCredit(story.article.publication ?? t.newsArticleIn(t.inLanguage[story.article.lang]), date);
}

export interface SlideOptions {
	kind: PictureKind;
	/** The figure, drawn by timelineFigure or mapFigure. */
	figure: Figure;
	/** The picture's width; the figure is scaled to fit between the margins. */
	width: number;
	/** The public address of the story in this language. */
	pageUrl: string;
	/** The selected event's headline, named under the title when there is one. */
	selectedHeadline?: string | null;
}

export function slideSvg(story: Story, lang: Lang, options: SlideOptions): string {
	const t = messages(lang);
	const tone = TONES.colour;
	const { figure, width } = options;
	const scale = (width - 2 * MARGIN) / figure.width;
	const title = wrapText(story.title[lang], Math.floor((width - 2 * MARGIN) / (TITLE_SIZE * 0.56)), 2);
	const what = options.kind === 'timeline' ? t.timelineHeading : t.mapHeading;
	const lines = [
		options.selectedHeadline ? `${what} · ${t.pictureSelected(options.selectedHeadline)}` : what,
		sourceCredit(story, lang),
		`${t.siteName} · ${t.languageName[lang]} · ${options.pageUrl}`
	];
	if (options.kind === 'map') lines.push(t.mapCredit);
	const titleTop = MARGIN + 22;
	const linesTop = titleTop + 24 + title.length * (TITLE_SIZE + 8);
	const figureTop = linesTop + lines.length * (LINE_SIZE + 8) + 12;
	const height = Math.ceil(figureTop + figure.height * scale + MARGIN);
	const label = `${what}: ${story.title[lang]}`;

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeMarkup(FIGURE_FONT)}" lang="${lang}" data-kind="${options.kind}">`,
		`<title>${escapeMarkup(label)}</title>`,
		`<desc>${escapeMarkup(lines.join('. '))}</desc>`,
		`<rect width="100%" height="100%" fill="${tone.paper}"/>`,
		`<rect width="100%" height="8" fill="${tone.event}"/>`,
		svgText(MARGIN, titleTop, t.siteName, `font-size="16" font-weight="bold" fill="${tone.published}"`),
		...title.map((line, i) =>
			svgText(
				MARGIN,
				titleTop + 12 + (i + 1) * (TITLE_SIZE + 4),
				line,
				`font-size="${TITLE_SIZE}" font-weight="bold" fill="${tone.ink}"`
			)
		),
		`<g data-credit="true" font-size="${LINE_SIZE}" fill="${tone.muted}">`,
		...lines.map((line, i) =>
			svgText(
				MARGIN,
				linesTop + (i + 1) * (LINE_SIZE + 8) - 6,
				line,
				i === 0 ? `fill="${tone.ink}" font-weight="bold"` : ''
			)
		),
		'</g>',
		`<g transform="translate(${MARGIN} ${r(figureTop)}) scale(${r(scale * 1000) / 1000})">${figure.content}</g>`,
		'</svg>',
		''
	].join('\n');
}

/** "geneva-2022-timeline-en.svg", with the selected event when there is one. */
export function pictureFileName(
	slug: string,
	kind: PictureKind,
	lang: Lang,
	selectedId: string | null,
	ext: 'svg' | 'png'
): string {
	return `${[slug, kind, lang, selectedId].filter(Boolean).join('-')}.${ext}`;
}
