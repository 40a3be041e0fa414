/**
 * Small helpers for the standalone figures (print handout, slide pictures): SVG written as
 * strings, so the same code runs at build time (the handout) and in the browser (downloads).
 */
import { escapeMarkup } from '$lib/markup/escape';

/** A figure drawn in its own coordinates: `content` is SVG markup for a `0 0 width height` box. */
export interface Figure {
	width: number;
	height: number;
	content: string;
}

/**
 * Colours of a figure. `colour` follows the site; `mono` is for paper: black and greys only, so a
 * black-and-white printer loses nothing (the shapes and dashes carry the meaning, not the hue).
 */
export interface Tone {
	ink: string;
	muted: string;
	rule: string;
	event: string;
	accent: string;
	/** The publication date's line and label. */
	published: string;
	paper: string;
	route: string;
	dimmed: string;
}

export const TONES = {
	colour: {
		ink: '#1c1917',
		muted: '#57534e',
		rule: '#d6d3d1',
		event: '#1e3a8a',
		accent: '#c2410c',
		published: '#7c2d12',
		paper: '#ffffff',
		route: '#78716c',
		dimmed: '#78716c'
	},
	mono: {
		ink: '#000000',
		muted: '#3f3f3f',
		rule: '#9a9a9a',
		event: '#000000',
		accent: '#000000',
		published: '#3f3f3f',
		paper: '#ffffff',
		route: '#5c5c5c',
		dimmed: '#6b6b6b'
	}
} satisfies Record<string, Tone>;

export type ToneName = keyof typeof TONES;

/** Generic families only: a standalone file must not depend on a font it cannot carry. */
export const FIGURE_FONT = "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

/** Rounds coordinates so the markup stays short and stable between builds. */
export const r = (n: number): number => Math.round(n * 10) / 10;

/** A text element; `extra` holds further attributes (already escaped). */
export function svgText(x: number, y: number, content: string, extra = ''): string {
	return `<text x="${r(x)}" y="${r(y)}"${extra ? ` ${extra}` : ''}>${escapeMarkup(content)}</text>`;
}

/**
 * A figure as an `<svg>` element of its own: inline in a page (role img, named by `label`) or as
 * a file. The viewBox lets it scale to any printed width and stay vector.
 */
export function figureSvg(figure: Figure, label: string): string {
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${figure.width} ${figure.height}" width="${figure.width}" height="${figure.height}"` +
		` role="img" aria-label="${escapeMarkup(label)}" font-family="${escapeMarkup(FIGURE_FONT)}">${figure.content}</svg>`
	);
}
