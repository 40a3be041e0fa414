/**
 * Timeline layout, pure: (items, size, window) → positioned marks, clusters, ticks.
 * d3 computes the scale and the ticks; the component only draws what this returns.
 *
 * Works in two orientations: horizontal (time runs right, lanes stack down, labels run along
 * time) and vertical for narrow screens (time runs down, lanes are columns, labels run across).
 * Labels never overlap: a mark takes the first lane where its label fits; what fits in no lane
 * joins a cluster with a count, so the number of marks, and of DOM nodes, stays bounded.
 * A frame's work follows what is in the window, not the story's size (see `partition`).
 */
import { utcTicks } from 'd3-time';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface TimelineItem {
	id: string;
	/** UTC ms, inclusive. */
	start: number;
	/** UTC ms, exclusive: a day-precision event covers [day, day + 1). */
	end: number;
	/** A stated span, or a month or year: drawn as a bar over its whole period, not a dot. */
	isSpan: boolean;
	approximate: boolean;
	status: 'reported' | 'announced';
	label: string;
}

export type Orientation = 'horizontal' | 'vertical';

export interface TimelineMark {
	id: string;
	/** The dot, or the start of the bar, clamped to the plot. */
	x: number;
	y: number;
	/** The end of the bar (equal to x, y for a dot). */
	x2: number;
	y2: number;
	isSpan: boolean;
	approximate: boolean;
	status: 'reported' | 'announced';
	/** The bar runs on beyond the start/end of the window. */
	continuesBefore: boolean;
	continuesAfter: boolean;
	/** Where the label text starts (left end, vertical middle). */
	labelX: number;
	labelY: number;
	/** The label as it fits, with "…" when cut; the full text is the item's label. */
	label: string;
	/**
	 * Vertical only: the label's second line, where the first line could not hold the whole
	 * headline and the row below it was free (LINE_HEIGHT lower); cut with "…" in turn.
	 */
	label2?: string;
	lane: number;
}

export interface TimelineCluster {
	/** Stable key: the bucket index. */
	key: number;
	x: number;
	y: number;
	count: number;
	/** The period its events cover, to zoom into. */
	from: number;
	to: number;
	/** First few ids, for a description. */
	sampleIds: string[];
}

export interface OffscreenGroup {
	side: 'before' | 'after';
	count: number;
	/** The event nearest to the window on that side. */
	nearestId: string;
	nearest: number;
}

export type TickUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface TimelineLayout {
	marks: TimelineMark[];
	clusters: TimelineCluster[];
	offscreen: OffscreenGroup[];
	/** Tick positions along the time axis (x when horizontal, y when vertical). */
	ticks: { at: number; value: number }[];
	tickUnit: TickUnit;
	/** Where the publication date lies along the time axis, if inside the window. */
	publishedAt: number | null;
	/**
	 * Vertical only: the baseline of the publication marker's label, along the axis. Above its
	 * line, or below it where a headline would be in the way; null when there is no marker.
	 */
	publishedLabelAt: number | null;
	/** The time axis runs from `axisStart` to `axisEnd` (px along). */
	axisStart: number;
	axisEnd: number;
}

export interface LayoutOptions {
	orientation: Orientation;
	/** Plot size in px. */
	width: number;
	height: number;
	/** [from, to) in UTC ms: the part of time shown. */
	window: [number, number];
	/** Publication date (UTC ms). */
	published?: number;
	/** Events always shown as marks, never clustered (the selected and the focused one). */
	pinnedIds?: readonly string[];
	/** Average label character width in px, for collision checks. */
	charWidth?: number;
	/**
	 * Vertical only: how wide the publication marker's label is, in px. It sits at the plot's
	 * right edge, above or below its line (whichever keeps off the headlines), and labels
	 * running on over free columns stop before it.
	 */
	publishedLabelWidth?: number;
}

/** Fixed geometry of both orientations, shared with the component that draws them. */
export const GEOMETRY = {
	horizontal: { edge: 60, top: 30, lane: 34, lanes: 5, clusterRow: 30, axis: 36, maxLabel: 260 },
	vertical: { edge: 44, gutter: 84, laneMin: 120, lanes: 2, labelHalf: 11, maxShift: 30, besideBar: 16 }
} as const;

const GAP = 10;
/**
 * The labels' average glyph width before the page has measured its own (labelFont.ts), and on
 * the server: a fair guess for 13 px sans-serif.
 */
export const ESTIMATED_CHAR_WIDTH = 7;
/** Vertical only: how far a label's second line lies below its first, in px. */
export const LINE_HEIGHT = 16;
/**
 * Where a label runs on to the chip or the plot's edge, its width is estimated this much wider:
 * `charWidth` is an average (measured on the story's headlines, or guessed before that), a given
 * headline's letters may be wider, and a label must end before the edge, not be clipped
 * mid-letter by it.
 */
const GENEROUS_WIDTH = 1.1;

interface Spot {
	anchor: number;
	end: number;
	labelAt: number;
	from: number;
	to: number;
	room: number;
}

/** The default frame: the day-precision events (the story's own days), with a day of air either side. */
export function defaultWindow(items: readonly TimelineItem[]): [number, number] {
	const points = items.filter((item) => !item.isSpan);
	const basis = points.length > 0 ? points : items;
	if (basis.length === 0) return [0, DAY];
	let from = Infinity;
	let to = -Infinity;
	for (const item of basis) {
		from = Math.min(from, item.start);
		to = Math.max(to, item.end);
	}
	return [from - DAY, to + DAY];
}

/** Everything there is: all items, padded by a tenth either side. */
export function fullExtent(items: readonly TimelineItem[]): [number, number] {
	if (items.length === 0) return [0, DAY];
	let from = Infinity;
	let to = -Infinity;
	for (const item of items) {
		from = Math.min(from, item.start);
		to = Math.max(to, item.end);
	}
	const pad = Math.max(DAY, (to - from) / 10);
	return [from - pad, to + pad];
}

export function layoutTimeline(items: readonly TimelineItem[], options: LayoutOptions): TimelineLayout {
	const {
		orientation,
		width,
		height,
		window,
		published,
		pinnedIds = [],
		charWidth = ESTIMATED_CHAR_WIDTH,
		publishedLabelWidth = 0
	} = options;
	const horizontal = orientation === 'horizontal';
	const g = GEOMETRY[orientation];
	const axisStart = g.edge;
	const axisEnd = Math.max(axisStart + 1, (horizontal ? width : height) - g.edge);
	// A plain linear map (what scaleUtc computes) without a function-object call per item:
	// at 10,000 events this runs tens of thousands of times a frame.
	const pxPerMs = (axisEnd - axisStart) / (window[1] - window[0]);
	const along = (time: number) => axisStart + (time - window[0]) * pxPerMs;

	// Lanes across the time axis, and how a label occupies the time axis in each orientation.
	const laneCount = horizontal
		? GEOMETRY.horizontal.lanes
		: Math.max(
				1,
				Math.min(
					GEOMETRY.vertical.lanes,
					Math.floor((width - GEOMETRY.vertical.gutter) / GEOMETRY.vertical.laneMin)
				)
			);
	const laneWidth = horizontal ? 0 : (width - GEOMETRY.vertical.gutter) / laneCount;
	const labelRoom = (position: number) =>
		horizontal ? Math.min(GEOMETRY.horizontal.maxLabel, width - position - 12) : laneWidth - 22;

	const index = timeIndex(items);
	const { sorted } = index;
	const { early, first, end, offscreen } = partition(index, window);

	const laneEnds = new Array<number>(laneCount).fill(-Infinity);
	// Vertical only. A column's bar keeps it only from other bars and from labels at its own
	// label's height: beside the rest of the bar, a dot may sit nudged to its right
	// (GEOMETRY.vertical.besideBar). Otherwise an event on a day under a long span (the weeks of
	// tension before the Geneva talks) is pushed into a narrower column to the right, and its
	// headline cut short on a phone.
	const barEnds = new Array<number>(laneCount).fill(-Infinity);
	const barLabelEnds = new Array<number>(laneCount).fill(-Infinity);
	const placed: { at: number; mark: TimelineMark; from: number; to: number }[] = [];
	/** What found no lane, as runs [from, to) of positions in `sorted`, in time order. */
	const overflow: [number, number][] = [];

	const makeMark = (item: TimelineItem, lane: number, spot: Spot, nudge = 0): TimelineMark => {
		const across = horizontal
			? GEOMETRY.horizontal.top + lane * GEOMETRY.horizontal.lane + GEOMETRY.horizontal.lane / 2
			: GEOMETRY.vertical.gutter + lane * laneWidth + 8 + nudge;
		return {
			id: item.id,
			x: horizontal ? spot.anchor : across,
			y: horizontal ? across : spot.anchor,
			x2: horizontal ? spot.end : across,
			y2: horizontal ? across : spot.end,
			isSpan: item.isSpan,
			approximate: item.approximate,
			status: item.status,
			continuesBefore: item.isSpan && item.start < window[0],
			continuesAfter: item.isSpan && item.end > window[1],
			labelX: horizontal ? spot.labelAt : across + 12,
			labelY: horizontal ? across + (item.isSpan ? -10 : 0) : spot.labelAt,
			label: truncateLabel(item.label, spot.room, charWidth),
			lane
		};
	};

	const anchorOf = (item: TimelineItem) =>
		item.isSpan ? Math.max(axisStart, along(item.start)) : along(item.start + (item.end - item.start) / 2);

	/**
	 * Where an item's label goes in a lane whose last label ends at `laneEnd`, or null if it does
	 * not fit; `nudge` px to the right of the lane's usual place (beside a bar).
	 */
	const fit = (item: TimelineItem, laneEnd: number, anchor = anchorOf(item), nudge = 0): Spot | null => {
		const end = item.isSpan ? Math.min(axisEnd, along(item.end)) : anchor;
		const room = Math.max(0, labelRoom(horizontal ? anchor : 0) - nudge);
		const labelWidth = Math.min(item.label.length * charWidth, room);
		if (horizontal) {
			// Labels start at their dot: no shifting along time, or they would lie about the date.
			const labelAt = item.isSpan ? anchor + 2 : anchor + 11;
			const from = anchor - 9;
			if (from < laneEnd) return null;
			return { anchor, end, labelAt, from, to: Math.max(end, labelAt + labelWidth) + GAP, room };
		}
		// A label may slide down a little below its dot (a leader line keeps them together).
		const half = GEOMETRY.vertical.labelHalf;
		const labelAt = Math.max(anchor, laneEnd + half);
		if (labelAt - anchor > GEOMETRY.vertical.maxShift) return null;
		return { anchor, end, labelAt, from: labelAt - half, to: Math.max(end, labelAt + half) + 4, room };
	};

	// Greedy, in time order: each item takes the first lane where its label fits.
	// Zoomed out, almost every item overflows: one test against the lowest lane end settles those,
	// and, horizontally, a binary search finds where the next item clears it, so a frame skips the
	// thousands in between instead of visiting each (dots of the window's own items lie in time
	// order; those that began before it come first).
	let lowestLaneEnd = -Infinity;
	const clears = (at: number) => anchorOf(sorted[at]) - 9 >= lowestLaneEnd;
	for (let k = 0; k < early.length + end - first;) {
		const at = k < early.length ? early[k] : first + k - early.length;
		const item = sorted[at];
		const anchor = anchorOf(item);
		if (horizontal && anchor - 9 < lowestLaneEnd) {
			let stop = at + 1;
			if (k >= early.length) {
				let high = end;
				while (stop < high) {
					const middle = (stop + high) >>> 1;
					if (clears(middle)) high = middle;
					else stop = middle + 1;
				}
			}
			overflow.push([at, stop]);
			k += stop - at;
			continue;
		}
		let done = false;
		for (let lane = 0; lane < laneCount && !done; lane++) {
			// Cheap test first: in a horizontal lane nothing fits before the lane's end.
			if (horizontal && anchor - 9 < laneEnds[lane]) continue;
			// Vertically, a dot whose time a bar of this column still covers goes beside the bar,
			// if the dot itself keeps clear of the bar's label.
			const besideBar = !horizontal && !item.isSpan && barEnds[lane] > anchor - 8;
			if (besideBar && anchor - 8 < barLabelEnds[lane]) continue;
			const nudge = besideBar ? GEOMETRY.vertical.besideBar : 0;
			const spot = fit(
				item,
				besideBar ? laneEnds[lane] : Math.max(laneEnds[lane], barEnds[lane]),
				anchor,
				nudge
			);
			if (!spot) continue;
			if (horizontal) laneEnds[lane] = spot.to;
			else {
				const labelEnd = spot.labelAt + GEOMETRY.vertical.labelHalf + 4;
				laneEnds[lane] = Math.max(laneEnds[lane], labelEnd);
				if (item.isSpan) [barEnds[lane], barLabelEnds[lane]] = [spot.to, labelEnd];
			}
			lowestLaneEnd = Math.min(...laneEnds);
			placed.push({ at, mark: makeMark(item, lane, spot, nudge), from: spot.from, to: spot.to });
			done = true;
		}
		if (!done) overflow.push([at, at + 1]);
		k++;
	}

	// A pinned item (selected, focused) that found no lane takes one anyway: the marks in its
	// way join the clusters. Marks already on screen keep their place, so nothing jumps.
	for (const id of pinnedIds) {
		const at = index.positionOf(id);
		if (at === undefined) continue;
		const run = overflow.findIndex(([from, to]) => from <= at && at < to);
		if (run === -1) continue;
		const [from, to] = overflow[run];
		overflow.splice(
			run,
			1,
			...(
				[
					[from, at],
					[at + 1, to]
				] as [number, number][]
			).filter(([a, b]) => a < b)
		);
		const item = sorted[at];
		const spot = fit(item, -Infinity)!;
		let bestLane = 0;
		let fewest = Infinity;
		for (let lane = 0; lane < laneCount; lane++) {
			const blocking = placed.filter(
				(p) => p.mark.lane === lane && p.from < spot.to && p.to > spot.from
			).length;
			if (blocking < fewest) [bestLane, fewest] = [lane, blocking];
		}
		for (let i = placed.length - 1; i >= 0; i--) {
			const p = placed[i];
			if (
				p.mark.lane === bestLane &&
				p.from < spot.to &&
				p.to > spot.from &&
				!pinnedIds.includes(p.mark.id)
			) {
				overflow.push([p.at, p.at + 1]);
				placed.splice(i, 1);
			}
		}
		placed.push({ at, mark: makeMark(item, bestLane, spot), from: spot.from, to: spot.to });
	}
	const inWindow = published !== undefined && published >= window[0] && published < window[1];
	const publishedAt = inWindow ? along(published) : null;
	let publishedLabelAt: number | null = null;
	if (horizontal) {
		const chipAfter = offscreen.some((group) => group.side === 'after');
		runOnHorizontalLabels(placed, sorted, { width, charWidth, chipAfter });
	} else {
		const publishedBox = (baseline: number) => ({
			top: baseline - 12,
			bottom: baseline + 3,
			left: width - 4 - publishedLabelWidth,
			right: width - 4
		});
		if (publishedAt !== null) {
			// Above its line, unless headlines are there and fewer of them below.
			const [above, below] = [publishedAt - 4, publishedAt + 15];
			const meets = (baseline: number) => collisions(publishedBox(baseline), placed, charWidth);
			publishedLabelAt = meets(below) < meets(above) ? below : above;
		}
		const publishedLabel = publishedLabelAt === null ? null : publishedBox(publishedLabelAt);
		fitVerticalLabels(placed, sorted, { width, charWidth, publishedLabel });
		wrapVerticalLabels(placed, sorted, { charWidth, publishedLabel, publishedAt, bottom: axisEnd });
	}
	const marks = placed.map((p) => p.mark);

	const clusters = clusterOverflow(index, overflow, along, axisStart, orientation, laneCount);

	const { ticks, tickUnit } = chooseTicks(window, axisEnd - axisStart, horizontal ? 90 : 56);
	return {
		marks,
		clusters,
		offscreen,
		ticks: ticks.map((value) => ({ at: along(value), value })),
		tickUnit,
		publishedAt,
		publishedLabelAt,
		axisStart,
		axisEnd
	};
}

/**
 * Horizontally, a label is cut where it would take too much of its lane from later events
 * (GEOMETRY.horizontal.maxLabel). Once every event has its lane, a cut label runs on over the
 * free stretch of its lane: up to the next mark there, the "later events" chip at the right end
 * of the top lane, or the plot's edge (measured generously: GENEROUS_WIDTH), and never beyond
 * twice that length.
 */
function runOnHorizontalLabels(
	placed: { at: number; mark: TimelineMark; from: number; to: number }[],
	sorted: readonly TimelineItem[],
	bounds: { width: number; charWidth: number; chipAfter: boolean }
): void {
	const { width, charWidth, chipAfter } = bounds;
	const generousCharWidth = charWidth * GENEROUS_WIDTH;
	const lanes = new Map<number, typeof placed>();
	for (const p of placed) {
		const lane = lanes.get(p.mark.lane);
		if (lane) lane.push(p);
		else lanes.set(p.mark.lane, [p]);
	}
	for (const lane of lanes.values()) {
		lane.sort((a, b) => a.from - b.from);
		lane.forEach(({ at, mark }, i) => {
			const full = sorted[at].label;
			const next = lane[i + 1];
			let limit = next ? next.from - GAP : width - 12;
			if (!next && mark.lane === 0 && chipAfter) limit = width - 58 - GAP;
			const room = Math.min(limit - mark.labelX, 2 * GEOMETRY.horizontal.maxLabel);
			const runOn = truncateLabel(full, room, generousCharWidth);
			// Longer where the lane is free; shorter where the cut label would reach the chip or the edge.
			if (runOn.length > mark.label.length || mark.labelX + mark.label.length * generousCharWidth > limit)
				mark.label = runOn;
		});
	}
}

interface Box {
	top: number;
	bottom: number;
	left: number;
	right: number;
}

/** Where a mark's text, dot and bar lie, for what may not be drawn over them. */
function areasOf(mark: TimelineMark, charWidth: number): Box[] {
	const lines = mark.label2 === undefined ? 1 : 2;
	const textWidth = Math.max(mark.label.length, mark.label2?.length ?? 0) * charWidth;
	return [
		{
			top: mark.labelY - 8,
			bottom: mark.labelY + 8 + (lines - 1) * LINE_HEIGHT,
			left: mark.labelX,
			right: mark.labelX + textWidth
		},
		{
			top: Math.min(mark.y, mark.y2) - 8,
			bottom: Math.max(mark.y, mark.y2) + 8,
			left: mark.x - 8,
			right: mark.x + 8
		}
	];
}

const meet = (a: Box, b: Box) => a.top < b.bottom && a.bottom > b.top && a.left < b.right && a.right > b.left;

/**
 * How many vertical marks' dots or labels (as laid out so far) a box meets. A label counts by
 * its text (13 px, centred on labelY), not by the spacing lanes keep between labels.
 */
function collisions(box: Box, placed: { mark: TimelineMark }[], charWidth: number): number {
	let count = 0;
	for (const { mark } of placed) for (const area of areasOf(mark, charWidth)) if (meet(area, box)) count++;
	return count;
}

/**
 * Vertically, a lane is a narrow column, and a label cut to its column hides most of a headline
 * on a phone. Where the columns to its right are free at the label's height, it runs on over
 * them: up to the first dot, bar or label in a further column that it would meet, the
 * publication marker's label, or the plot's edge, measured generously (GENEROUS_WIDTH).
 */
function fitVerticalLabels(
	placed: { at: number; mark: TimelineMark; from: number; to: number }[],
	sorted: readonly TimelineItem[],
	bounds: { width: number; charWidth: number; publishedLabel: Box | null }
): void {
	const { width, charWidth, publishedLabel } = bounds;
	const half = GEOMETRY.vertical.labelHalf;
	const edge = width - 6;
	const generousCharWidth = charWidth * GENEROUS_WIDTH;
	for (const p of placed) {
		const { mark } = p;
		const full = sorted[p.at].label;
		const top = mark.labelY - half;
		const bottom = mark.labelY + half;
		let limit = edge;
		for (const other of placed) {
			if (other.mark.lane <= mark.lane) continue;
			// What another mark covers along time: its dot (which a leader may leave above its label), its bar and its label.
			const from = Math.min(other.from, other.mark.y - 8);
			if (from < bottom && other.to > top) limit = Math.min(limit, other.mark.x - 10);
		}
		if (publishedLabel && publishedLabel.top < bottom && publishedLabel.bottom > top)
			limit = Math.min(limit, publishedLabel.left - GAP);
		const runOn = truncateLabel(full, limit - mark.labelX, generousCharWidth);
		if (runOn.length > mark.label.length) mark.label = runOn;
		else if (mark.labelX + mark.label.length * generousCharWidth > edge)
			mark.label = truncateLabel(full, edge - mark.labelX, generousCharWidth);
	}
}

/**
 * Vertically, a headline still cut once it has run on takes a second line, where the row below
 * its first line is free as far as the first line reaches: no other mark's text, dot or bar
 * there, nor the publication marker's line or label, and the axis not ended. The first line then breaks
 * between words.
 */
function wrapVerticalLabels(
	placed: { at: number; mark: TimelineMark }[],
	sorted: readonly TimelineItem[],
	bounds: { charWidth: number; publishedLabel: Box | null; publishedAt: number | null; bottom: number }
): void {
	const { charWidth, publishedLabel, publishedAt, bottom } = bounds;
	const generousCharWidth = charWidth * GENEROUS_WIDTH;
	for (const p of placed) {
		const { mark } = p;
		const full = sorted[p.at].label;
		if (mark.label === full || mark.label.length < 2) continue;
		// The first line's room, in characters and px: what it holds now, its "…" included.
		const room = mark.label.length * generousCharWidth;
		const below = {
			top: mark.labelY + 8,
			bottom: mark.labelY + 8 + LINE_HEIGHT,
			left: mark.labelX,
			right: mark.labelX + room
		};
		if (below.bottom > bottom) continue;
		// Nor across the publication line: a headline split by it would read as two.
		if (publishedAt !== null && publishedAt > mark.labelY && publishedAt < below.bottom + 2) continue;
		if (publishedLabel && meet(below, publishedLabel)) continue;
		if (
			placed.some((other) => other !== p && areasOf(other.mark, charWidth).some((area) => meet(area, below)))
		)
			continue;
		const fits = mark.label.length;
		const space = full.lastIndexOf(' ', fits);
		const breakAt = space > 0 ? space : fits - 1;
		mark.label = full.slice(0, breakAt).trimEnd();
		mark.label2 = truncateLabel(full.slice(breakAt).trimStart(), room, generousCharWidth);
	}
}

interface TimeIndex {
	/** The items in time order (start, then longest first): the input itself when it already is. */
	sorted: readonly TimelineItem[];
	/** The longest item's length: nothing that starts earlier than this before an instant reaches it. */
	longest: number;
	/** The latest end among sorted[from, to) (to > from). */
	latestEnd(from: number, to: number): number;
	/** Where an item is in `sorted`. */
	positionOf(id: string): number | undefined;
}

/** One index per items array (a story's items are one array for its life; zooming reuses it). */
const timeIndexes = new WeakMap<readonly TimelineItem[], TimeIndex>();

const inTimeOrder = (a: TimelineItem, b: TimelineItem) => a.start - b.start || b.end - a.end;

function timeIndex(items: readonly TimelineItem[]): TimeIndex {
	let index = timeIndexes.get(items);
	if (index) return index;
	let longest = 0;
	let ordered = true;
	for (let i = 0; i < items.length; i++) {
		longest = Math.max(longest, items[i].end - items[i].start);
		if (i > 0 && inTimeOrder(items[i - 1], items[i]) > 0) ordered = false;
	}
	const sorted = ordered ? items : [...items].sort(inTimeOrder);
	// A sparse table: ends[k][i] is the latest end among sorted[i, i + 2^k), so the latest end of
	// any run (a cluster's reach) is the larger of two lookups.
	const ends = [Float64Array.from(sorted, (item) => item.end)];
	for (let size = 2; size <= sorted.length; size *= 2) {
		const previous = ends[ends.length - 1];
		const level = new Float64Array(sorted.length - size + 1);
		for (let i = 0; i < level.length; i++) level[i] = Math.max(previous[i], previous[i + size / 2]);
		ends.push(level);
	}
	let positions: Map<string, number> | undefined;
	index = {
		sorted,
		longest,
		latestEnd(from, to) {
			const k = 31 - Math.clz32(to - from);
			return Math.max(ends[k][from], ends[k][to - (1 << k)]);
		},
		positionOf(id) {
			positions ??= new Map(sorted.map((item, i) => [item.id, i]));
			return positions.get(id);
		}
	};
	timeIndexes.set(items, index);
	return index;
}

/** The first index in `sorted` whose start is at or after `time`. */
function firstStartingFrom(sorted: readonly TimelineItem[], time: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sorted[middle].start < time) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * What the window shows, as positions in the time-ordered items: those that began before it and
 * reach into it (`early`), then the run [first, end) that starts in it; and what lies on either
 * side. Binary search: a zoom frame looks at the longest item's reach before the window, not at
 * all ten thousand, and returns the window's own items as a range, not a list.
 */
function partition(
	{ sorted, longest }: TimeIndex,
	window: [number, number]
): { early: number[]; first: number; end: number; offscreen: OffscreenGroup[] } {
	// Everything before `low` ends before the window; everything from `end` starts after it.
	const low = firstStartingFrom(sorted, window[0] - longest);
	const first = firstStartingFrom(sorted, window[0]);
	const end = firstStartingFrom(sorted, window[1]);
	const early: number[] = [];
	let beforeCount = low;
	// The nearest before is the one that ends last (the first such, in time order).
	let nearestBefore: TimelineItem | null = null;
	for (let i = low; i < first; i++) {
		const item = sorted[i];
		if (item.end > window[0]) early.push(i);
		else {
			beforeCount++;
			if (!nearestBefore || item.end > nearestBefore.end) nearestBefore = item;
		}
	}
	// Earlier items may still end later than those; stop once none can reach it.
	for (let i = low - 1; i >= 0; i--) {
		const item = sorted[i];
		if (nearestBefore && item.start + longest < nearestBefore.end) break;
		if (!nearestBefore || item.end >= nearestBefore.end) nearestBefore = item;
	}
	const offscreen: OffscreenGroup[] = [];
	if (nearestBefore) {
		const { id, start } = nearestBefore;
		offscreen.push({ side: 'before', count: beforeCount, nearestId: id, nearest: start });
	}
	if (end < sorted.length) {
		const { id, start } = sorted[end];
		offscreen.push({ side: 'after', count: sorted.length - end, nearestId: id, nearest: start });
	}
	return { early, first, end, offscreen };
}

/**
 * Gathers the events that found no lane into buckets along the time axis, each shown as a count.
 * A run's items lie in time order, so each bucket's share of it is found by binary search.
 */
function clusterOverflow(
	{ sorted, latestEnd }: TimeIndex,
	overflow: readonly [number, number][],
	along: (value: number) => number,
	axisStart: number,
	orientation: Orientation,
	laneCount: number
): TimelineCluster[] {
	const bucketSize = orientation === 'horizontal' ? 44 : 30;
	const bucketOf = (item: TimelineItem) => {
		const position = Math.max(
			axisStart,
			along(item.isSpan ? item.start : item.start + (item.end - item.start) / 2)
		);
		return Math.floor((position - axisStart) / bucketSize);
	};
	const buckets = new Map<number, TimelineCluster>();
	for (const [from, to] of overflow) {
		for (let at = from; at < to;) {
			const key = bucketOf(sorted[at]);
			let stop = at + 1;
			let high = to;
			while (stop < high) {
				const middle = (stop + high) >>> 1;
				if (bucketOf(sorted[middle]) > key) high = middle;
				else stop = middle + 1;
			}
			let cluster = buckets.get(key);
			if (!cluster) {
				const position = axisStart + key * bucketSize + bucketSize / 2;
				const g = GEOMETRY.horizontal;
				cluster = {
					key,
					x: orientation === 'horizontal' ? position : GEOMETRY.vertical.gutter - 14,
					y: orientation === 'horizontal' ? g.top + laneCount * g.lane + g.clusterRow / 2 : position,
					count: 0,
					from: sorted[at].start,
					to: sorted[at].end,
					sampleIds: []
				};
				buckets.set(key, cluster);
			}
			cluster.count += stop - at;
			// In time order, the run's first item starts first.
			cluster.from = Math.min(cluster.from, sorted[at].start);
			cluster.to = Math.max(cluster.to, latestEnd(at, stop));
			for (let i = at; i < stop && cluster.sampleIds.length < 3; i++) cluster.sampleIds.push(sorted[i].id);
			at = stop;
		}
	}
	return [...buckets.values()];
}

/**
 * Ticks about `spacing` px apart, never finer than a day once the window spans days: readers
 * date news by the day, and half-day ticks on a week read as noise.
 */
export function chooseTicks(
	window: [number, number],
	length: number,
	spacing: number
): { ticks: number[]; tickUnit: TickUnit } {
	const span = window[1] - window[0];
	const wanted = Math.max(2, Math.floor(length / spacing));
	const count = span >= 2 * DAY ? Math.min(wanted, span / DAY) : wanted;
	// What scaleUtc().ticks does, without building a scale each frame.
	const ticks = utcTicks(new Date(window[0]), new Date(window[1]), count).map((d) => d.getTime());
	const step = ticks.length > 1 ? ticks[1] - ticks[0] : span;
	const tickUnit: TickUnit =
		step < DAY
			? 'hour'
			: step < 7 * DAY
				? 'day'
				: step < 28 * DAY
					? 'week'
					: step < 365 * DAY
						? 'month'
						: 'year';
	return { ticks, tickUnit };
}

/** date-fns patterns for tick labels per unit and language ("ma 10 jan." / "Mon 10 Jan"). */
export function tickPattern(unit: TickUnit, lang: 'nl' | 'en'): string {
	switch (unit) {
		case 'hour':
			return 'HH:mm';
		case 'day':
			return lang === 'nl' ? 'EEEEEE d MMM' : 'EEE d MMM';
		case 'week':
			return 'd MMM';
		case 'month':
			return 'MMM yyyy';
		case 'year':
			return 'yyyy';
	}
}

/** Cuts a label to fit `width` px at `charWidth` px per character, ending in "…". */
export function truncateLabel(label: string, width: number, charWidth: number): string {
	const fits = Math.floor(width / charWidth);
	if (label.length <= fits) return label;
	if (fits <= 1) return '…';
	return `${label.slice(0, fits - 1).trimEnd()}…`;
}
