/**
 * The inset locator: a small globe turned to the map's centre, with the main frame outlined, so
 * a reader sees where in the world the map is. Built at build time from the 110m land.
 */
import { geoOrthographic, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import land110 from 'world-atlas/land-110m.json';
import { compactPath } from './compactPath';
import type { MapInset } from './types';

const landTopology = land110 as unknown as Topology<{ land: GeometryCollection }>;
const land = feature(landTopology, landTopology.objects.land);

export const INSET_SIZE = 90;
/** Gap between the inset and the frame edge, in viewBox units. */
export const INSET_MARGIN = 8;

/** The globe and frame outline, in the inset's own 0…size coordinates. */
export function insetPaths(main: GeoProjection, frame: { width: number; height: number }, size = INSET_SIZE) {
	const centre = main.invert?.([frame.width / 2, frame.height / 2]);
	if (!centre) throw new Error('The map projection cannot be inverted');
	const globe = geoOrthographic()
		.rotate([-centre[0], -centre[1]])
		.fitExtent(
			[
				[1, 1],
				[size - 1, size - 1]
			],
			{ type: 'Sphere' }
		);
	const landPath = compactPath(globe, { tolerance: 0.8, minRing: 1.2 })(land);
	return { land: landPath, frame: frameOutline(main, globe, frame) };
}

/** The main frame's edge, sampled and carried onto the globe (its sides curve there). */
function frameOutline(
	main: GeoProjection,
	globe: GeoProjection,
	{ width, height }: { width: number; height: number }
) {
	const steps = 8;
	const edge: [number, number][] = [];
	for (let i = 0; i < steps; i++) edge.push([(width * i) / steps, 0]);
	for (let i = 0; i < steps; i++) edge.push([width, (height * i) / steps]);
	for (let i = steps; i > 0; i--) edge.push([(width * i) / steps, height]);
	for (let i = steps; i > 0; i--) edge.push([0, (height * i) / steps]);
	const points = edge.map((xy) => {
		const lonLat = main.invert?.(xy);
		const p = lonLat ? globe(lonLat) : null;
		if (!p) throw new Error('The map frame does not fit on the inset globe');
		return `${Math.round(p[0] * 10) / 10},${Math.round(p[1] * 10) / 10}`;
	});
	return `M${points.join('L')}Z`;
}

/** Corners to try, in order: the bottom left holds the scale bar. */
const CORNERS = ['top-right', 'top-left', 'bottom-right'] as const;

/**
 * The inset in the first corner clear of `obstacles` (marker and label boxes); if none is clear,
 * the corner that covers the fewest.
 */
export function insetLocator(
	main: GeoProjection,
	frame: { width: number; height: number },
	obstacles: { x0: number; y0: number; x1: number; y1: number }[],
	size = INSET_SIZE
): MapInset {
	const spots = CORNERS.map((corner) => ({
		x: corner.endsWith('right') ? frame.width - size - INSET_MARGIN : INSET_MARGIN,
		y: corner.startsWith('top') ? INSET_MARGIN : frame.height - size - INSET_MARGIN
	}));
	const covered = spots.map(
		({ x, y }) => obstacles.filter((b) => b.x0 < x + size && x < b.x1 && b.y0 < y + size && y < b.y1).length
	);
	const { x, y } = spots[covered.indexOf(Math.min(...covered))];
	return { x, y, size, ...insetPaths(main, frame, size) };
}
