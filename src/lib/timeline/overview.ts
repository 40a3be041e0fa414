/**
 * The overview strip's marks as SVG path data, pure: a few paths instead of an element per
 * event or per bin, so the strip costs a handful of DOM nodes at any size and mounts at once.
 */
import { bin } from 'd3-array';
import type { TimelineItem } from './layout';

/** Up to this many events are drawn one by one; more become a histogram. */
export const INDIVIDUAL_LIMIT = 400;

export interface OverviewShapes {
	/** Day events: a tick each. */
	points: string;
	/** Spans: a thin bar each; or, for many events, the histogram's bars. */
	bars: string;
}

const r = (value: number) => Math.round(value * 10) / 10;

/**
 * @param x time (UTC ms) → px across the strip, for the whole extent `domain`
 * @param height the strip's height in px
 */
export function overviewShapes(
	items: readonly TimelineItem[],
	x: (time: number) => number,
	domain: [number, number],
	width: number,
	height: number
): OverviewShapes {
	const points: string[] = [];
	const bars: string[] = [];
	const bar = (left: number, top: number, w: number, h: number) =>
		bars.push(`M${r(left)} ${r(top)}h${r(w)}v${r(h)}h${r(-w)}Z`);
	if (items.length <= INDIVIDUAL_LIMIT) {
		for (const item of items) {
			const at = x(item.start);
			if (item.isSpan) bar(at, height / 2 - 2, Math.max(2, x(item.end) - at), 4);
			else points.push(`M${r(at)} 8V${height - 8}`);
		}
		return { points: points.join(''), bars: bars.join('') };
	}
	const binned = bin<TimelineItem, number>()
		.value((item) => item.start)
		.domain(domain)
		.thresholds(Math.max(10, Math.floor(width / 4)))(items);
	const most = Math.max(1, ...binned.map((b) => b.length));
	for (const b of binned) {
		if (b.length === 0) continue;
		const h = (b.length / most) * (height - 6);
		bar(x(b.x0!), height - 3 - h, Math.max(1, x(b.x1!) - x(b.x0!) - 0.5), h);
	}
	return { points: '', bars: bars.join('') };
}
