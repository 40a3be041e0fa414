/**
 * The story map as plain data: SVG path strings and viewBox coordinates computed at build time
 * (buildStoryMap.ts), so the page ships strings rather than d3-geo, topojson and the atlas.
 */
import type { PlaceKind } from '$lib/story/types';

export interface MapCountry {
	/** ISO 3166-1 numeric id, or the English name for the few shapes without one. */
	key: string;
	/** English name from Natural Earth. */
	name: string;
	d: string;
	/** A country one of the story's places lies in, or one side of a border place. */
	emphasis: boolean;
}

/** A border place drawn as the shared boundary of its two countries. */
export interface MapBorderPlace {
	placeId: string;
	d: string;
}

/** Where a place label sits beside its marker, chosen so labels do not collide (placeLabels.ts). */
export type LabelSide = 'left' | 'right';
/** Level with the marker, or ending (up) or starting (down) at its centre line. */
export type LabelShift = 'none' | 'up' | 'down';

export interface MapMarker {
	placeId: string;
	kind: PlaceKind;
	/** Position in viewBox units. */
	x: number;
	y: number;
	labelSide: LabelSide;
	labelShift: LabelShift;
}

export interface StoryMap {
	/** The SVG viewBox is `0 0 width height`. */
	width: number;
	height: number;
	countries: MapCountry[];
	/** One path of all internal country borders in the frame. */
	boundaries: string;
	coast?: string;
	borderPlaces: MapBorderPlace[];
	/** In the order of each place's first event. */
	markers: MapMarker[];
}
