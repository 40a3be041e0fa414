/**
 * Chooses where each place label sits (left or right of its marker, level with it or shifted
 * up or down) so labels stay in the frame and cover neither each other nor other markers.
 * Boxes are estimated in viewBox units as if the map were shown at its viewBox size (the usual
 * case); text width is guessed generously from the character count.
 */
import type { LabelShift, LabelSide } from './types';

/** The label font size in EventMap.svelte. */
export const LABEL_FONT_PX = 13;
const CHAR_WIDTH = 0.6 * LABEL_FONT_PX;
const LABEL_PADDING = 8;
const LABEL_HEIGHT = LABEL_FONT_PX * 1.5;
/** Half the marker's 28px hit target (EventMap.svelte); the label starts at its edge. */
export const MARKER_RADIUS = 14;

export interface LabelPlacement {
	side: LabelSide;
	shift: LabelShift;
}

/** In order of preference: level first, right before left. */
const CANDIDATES: LabelPlacement[] = (['none', 'up', 'down'] as const).flatMap((shift) =>
	(['right', 'left'] as const).map((side) => ({ side, shift }))
);

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface LabelInput {
	x: number;
	y: number;
	/** The longest of the place's names, so one placement suits every language. */
	text: string;
}

export function labelBox(marker: LabelInput, { side, shift }: LabelPlacement): Box {
	const width = marker.text.length * CHAR_WIDTH + LABEL_PADDING;
	const x0 = side === 'right' ? marker.x + MARKER_RADIUS : marker.x - MARKER_RADIUS - width;
	// Shifted labels end (up) or start (down) at the marker's centre line.
	const y0 = { none: marker.y - LABEL_HEIGHT / 2, up: marker.y - LABEL_HEIGHT, down: marker.y }[shift];
	return { x0, y0, x1: x0 + width, y1: y0 + LABEL_HEIGHT };
}

export function markerBox(marker: { x: number; y: number }): Box {
	const r = MARKER_RADIUS;
	return { x0: marker.x - r, y0: marker.y - r, x1: marker.x + r, y1: marker.y + r };
}

export function boxesOverlap(a: Box, b: Box): boolean {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * Greedy, longest label first (it has the fewest places to go), then west to east: the first
 * candidate that is clear; if none is, the one that collides with the fewest boxes (leaving the
 * frame counts as many).
 */
export function placeLabels(
	markers: LabelInput[],
	size: { width: number; height: number }
): LabelPlacement[] {
	const placements: LabelPlacement[] = new Array(markers.length);
	const taken: Box[] = markers.map(markerBox);
	const order = markers
		.map((_, i) => i)
		.sort((a, b) => markers[b].text.length - markers[a].text.length || markers[a].x - markers[b].x);
	for (const i of order) {
		const cost = (placement: LabelPlacement) => {
			const box = labelBox(markers[i], placement);
			const outside = box.x0 < 0 || box.y0 < 0 || box.x1 > size.width || box.y1 > size.height;
			return (outside ? 100 : 0) + taken.filter((other, j) => j !== i && boxesOverlap(box, other)).length;
		};
		const costs = CANDIDATES.map(cost);
		placements[i] = CANDIDATES[costs.indexOf(Math.min(...costs))];
		taken.push(labelBox(markers[i], placements[i]));
	}
	return placements;
}
