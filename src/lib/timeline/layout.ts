/**
 * Timeline layout, pure: (items, width, window) → positioned marks, lanes and ticks.
 * d3 computes the scale and the ticks; the component only draws what this returns.
 */
import { scaleUtc } from 'd3-scale';

const DAY = 86_400_000;

export interface TimelineItem {
	id: string;
	/** UTC ms, inclusive. */
	start: number;
	/** UTC ms, exclusive: a day-precision event covers [day, day + 1). */
	end: number;
	/** A stated span (start and end), or a month or year: drawn as a bar, not a dot. */
	isSpan: boolean;
	approximate: boolean;
	status: 'reported' | 'announced';
	label: string;
}

export interface TimelineMark {
	id: string;
	/** Dot position (middle of the day) or bar start, clamped to the plot. */
	x: number;
	/** Bar end, clamped; equals x for a dot. */
	x2: number;
	lane: number;
	isSpan: boolean;
	approximate: boolean;
	status: 'reported' | 'announced';
	/** The bar continues beyond the left/right edge of the window. */
	continuesBefore: boolean;
	continuesAfter: boolean;
	/** The label as it fits, truncated with an ellipsis when needed; the full text stays in `fullLabel`. */
	label: string;
	fullLabel: string;
	labelX: number;
}

export interface OffscreenGroup {
	side: 'before' | 'after';
	ids: string[];
	/** UTC ms of the nearest event on that side, for a label such as "2019". */
	nearest: number;
}

export interface TimelineLayout {
	width: number;
	marks: TimelineMark[];
	lanes: number;
	offscreen: OffscreenGroup[];
	ticks: { x: number; value: number }[];
	/** How far apart ticks are: decides the label pattern. */
	tickUnit: 'hour' | 'day' | 'month' | 'year';
	publishedX: number | null;
}

export interface LayoutOptions {
	width: number;
	/** [from, to) in UTC ms: the part of time shown. */
	window: [number, number];
	/** Publication date as UTC ms (start of its day). */
	published?: number;
	/** Left and right room for the "← 2019" chips. */
	margin?: number;
	/** Average label character width in px, for collision checks. */
	charWidth?: number;
	maxLabelWidth?: number;
}

/** The default frame: the day-precision events (the story's own week), padded by a day on each side. */
export function defaultWindow(items: TimelineItem[]): [number, number] {
	const points = items.filter((item) => !item.isSpan);
	const basis = points.length > 0 ? points : items;
	if (basis.length === 0) return [0, DAY];
	const from = Math.min(...basis.map((item) => item.start));
	const to = Math.max(...basis.map((item) => item.end));
	return [from - DAY, to + DAY];
}

export function layoutTimeline(items: TimelineItem[], options: LayoutOptions): TimelineLayout {
	const { width, window, published, margin = 56, charWidth = 7, maxLabelWidth = 240 } = options;
	const left = margin;
	const right = Math.max(left + 1, width - margin);
	const x = scaleUtc().domain(window).range([left, right]);

	const visible: TimelineItem[] = [];
	const before: TimelineItem[] = [];
	const after: TimelineItem[] = [];
	for (const item of items) {
		if (item.end <= window[0]) before.push(item);
		else if (item.start >= window[1]) after.push(item);
		else visible.push(item);
	}

	// Greedy lane packing in time order: each mark takes the first lane whose last label has ended.
	const sorted = [...visible].sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
	const laneEnds: number[] = [];
	const marks: TimelineMark[] = [];
	const gap = 12;
	for (const item of sorted) {
		const isSpan = item.isSpan;
		const x1 = isSpan ? Math.max(left, x(item.start)) : x(item.start + (item.end - item.start) / 2);
		const x2 = isSpan ? Math.min(right, x(item.end)) : x1;
		const labelX = isSpan ? x1 + 4 : x1 + 8;
		const fullWidth = item.label.length * charWidth;
		const labelWidth = Math.min(fullWidth, maxLabelWidth, Math.max(0, width - labelX - 4));
		const occupiedFrom = isSpan ? x1 : x1 - 8;
		const occupiedTo = Math.max(x2, labelX + labelWidth) + gap;
		let lane = laneEnds.findIndex((end) => end <= occupiedFrom);
		if (lane === -1) lane = laneEnds.length;
		laneEnds[lane] = occupiedTo;
		marks.push({
			id: item.id,
			x: x1,
			x2,
			lane,
			isSpan,
			approximate: item.approximate,
			status: item.status,
			continuesBefore: isSpan && item.start < window[0],
			continuesAfter: isSpan && item.end > window[1],
			label: truncateLabel(item.label, labelWidth, charWidth),
			fullLabel: item.label,
			labelX
		});
	}

	const offscreen: OffscreenGroup[] = [];
	if (before.length > 0)
		offscreen.push({
			side: 'before',
			ids: before.map((i) => i.id),
			nearest: Math.max(...before.map((i) => i.start))
		});
	if (after.length > 0)
		offscreen.push({
			side: 'after',
			ids: after.map((i) => i.id),
			nearest: Math.min(...after.map((i) => i.start))
		});

	// About one tick per 80 px, but never finer than a day once the window spans days:
	// readers date news by the day, and half-day ticks on a week read as noise.
	const span = window[1] - window[0];
	const tickCount = Math.max(2, Math.floor((right - left) / 80));
	const ticks = x
		.ticks(span >= 2 * DAY ? Math.min(tickCount, span / DAY) : tickCount)
		.map((value) => ({ x: x(value), value: value.getTime() }));
	const step = ticks.length > 1 ? ticks[1].value - ticks[0].value : window[1] - window[0];
	const inWindow = published !== undefined && published >= window[0] && published < window[1];

	return {
		width,
		marks,
		lanes: Math.max(1, laneEnds.length),
		offscreen,
		ticks,
		tickUnit: step < DAY ? 'hour' : step < 28 * DAY ? 'day' : step < 365 * DAY ? 'month' : 'year',
		publishedX: inWindow ? x(published) : null
	};
}

/** Cuts a label to fit `width` px at `charWidth` px per character, ending in "…". */
export function truncateLabel(label: string, width: number, charWidth: number): string {
	const fits = Math.floor(width / charWidth);
	if (label.length <= fits) return label;
	if (fits <= 1) return '…';
	return `${label.slice(0, fits - 1).trimEnd()}…`;
}
