/**
 * The story map as plain data: SVG path strings and viewBox coordinates computed at build time
 * (buildStoryMap.ts), so the page ships strings rather than d3-geo, topojson and the atlas.
 */
import type { PlaceKind } from '$lib/story/types';
import type { FrameVariant } from './frames';

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
	/** 1, 2, … for the meeting places in the order of their first event; others have no number. */
	order?: number;
	/** Every event here is a statement: drawn as a different kind of place, off the route. */
	statementsOnly: boolean;
}

/** An arc from one numbered place to the next (sequence.ts). */
export interface MapRoute {
	from: string;
	to: string;
	/** A quadratic curve ending short of the target marker, drawn with an arrowhead. */
	d: string;
}

/** A scale bar measured at the frame centre (scaleBar.ts); (x, y) is its left end. */
export interface MapScaleBar {
	km: number;
	/** Length in viewBox units. */
	length: number;
	x: number;
	y: number;
}

/** A small globe in a corner with the main frame outlined on it (inset.ts). */
export interface MapInset {
	/** Top-left corner in the main viewBox; the inset is `size` square. */
	x: number;
	y: number;
	size: number;
	/** Land and the main frame's outline, in the inset's own coordinates (0…size). */
	land: string;
	frame: string;
}

/** Where an emphasised country's name goes; the name itself comes from countryNames.ts. */
export interface MapCountryLabel {
	key: string;
	x: number;
	y: number;
}

/**
 * The static base map of one frame: served as an SVG file per story and frame (baseMapSvg.ts,
 * routes/maps/), so its paths reach the reader once, not also in the page's hydration data.
 */
export interface BaseMap {
	/** The SVG viewBox is `0 0 width height`. */
	width: number;
	height: number;
	countries: MapCountry[];
	/** One path of all internal country borders in the frame. */
	boundaries: string;
	coast?: string;
	/** Crimea, drawn with Ukraine and hatched as annexed by Russia (crimea.ts), when in the frame. */
	crimea?: string;
	inset?: MapInset;
}

/** What the page carries: the parts that react to the selection or speak the reader's language. */
export interface MapOverlay {
	/** The same viewBox as the frame's BaseMap. */
	width: number;
	height: number;
	borderPlaces: MapBorderPlace[];
	/** In the order of each place's first event. */
	markers: MapMarker[];
	/** Arcs between consecutive numbered places. */
	routes?: MapRoute[];
	scaleBar?: MapScaleBar;
	countryLabels?: MapCountryLabel[];
	/** Crimea is in the frame, so the caption explains its hatching. */
	showsCrimea: boolean;
}

export type StoryMap = BaseMap & MapOverlay;

/** The overlay of each prerendered frame (frames.ts). */
export type MapFrames = Record<FrameVariant, MapOverlay>;
