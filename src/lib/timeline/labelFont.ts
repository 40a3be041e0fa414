/**
 * How wide the timeline's headlines really are. The layout fits labels by an average glyph
 * width; 7 px is a fair guess for 13 px sans-serif, but platforms differ (Linux's DejaVu Sans
 * averages about 7.6 px), and a guess too small packs a lane too tightly while one too large
 * cuts headlines that would fit. So the page measures its own font once, on the story's own
 * headlines, and lays out with that.
 */

/** The layout's guess before anything is measured (and on the server, which has no fonts). */
export const ESTIMATED_CHAR_WIDTH = 7;
/** The labels' font size in px (TimelinePlot.svelte's `font`). */
export const LABEL_FONT_SIZE = 13;
/** Enough text for a stable average, few enough for a quick measurement at any story size. */
const SAMPLE_CHARS = 4000;

/**
 * The average width of a character of `labels` in `fontFamily` at the labels' size, in px, or
 * undefined where text cannot be measured (no OffscreenCanvas: a server, jsdom).
 */
export function measureCharWidth(
	fontFamily: string,
	labels: readonly { label: string }[]
): number | undefined {
	if (typeof OffscreenCanvas === 'undefined') return undefined;
	const context = new OffscreenCanvas(1, 1).getContext('2d');
	if (!context) return undefined;
	context.font = `${LABEL_FONT_SIZE}px ${fontFamily}`;
	let sample = '';
	for (let i = 0; i < labels.length && sample.length < SAMPLE_CHARS; i++) sample += labels[i].label;
	if (sample.length === 0) return undefined;
	const width = context.measureText(sample).width;
	return width > 0 ? width / sample.length : undefined;
}
