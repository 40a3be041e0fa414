/**
 * How wide the timeline's headlines really are. The layout fits labels by an average glyph
 * width; its guess (ESTIMATED_CHAR_WIDTH, 7 px) is fair for 13 px sans-serif, but platforms
 * differ (Linux's DejaVu Sans averages about 7.6 px), and a guess too small packs a lane too
 * tightly while one too large cuts headlines that would fit. So the page measures the labels it
 * has drawn, once, and lays out with that: reading drawn text costs next to nothing, where
 * measuring with a canvas cost a page 9–33 ms here.
 */
/** Fewer characters than this say too little about a font. */
const MIN_CHARS = 40;
/** Enough labels for a stable average. */
const MAX_LABELS = 40;

/** What measuring needs of a drawn label (an SVG `<text>`). */
export type DrawnLabel = Pick<SVGTextContentElement, 'textContent' | 'getComputedTextLength'>;

/**
 * The average width of a character of the drawn `labels`, in px, or undefined when there is too
 * little text to tell, or it cannot be measured (jsdom).
 */
export function measureCharWidth(labels: Iterable<DrawnLabel>): number | undefined {
	let width = 0;
	let chars = 0;
	let count = 0;
	for (const label of labels) {
		if (typeof label.getComputedTextLength !== 'function') return undefined;
		const length = label.textContent?.length ?? 0;
		if (length === 0) continue;
		width += label.getComputedTextLength();
		chars += length;
		if (++count === MAX_LABELS) break;
	}
	return chars >= MIN_CHARS && width > 0 ? width / chars : undefined;
}
