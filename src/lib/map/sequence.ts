/**
 * The order of the story's places in time: the numbers on the markers and the route arcs that
 * join them. Pure functions on places already in the order of their first event.
 */
import type { PlaceKind } from '$lib/story/types';
import type { MapRoute } from './types';

export interface SequencePlace {
	placeId: string;
	kind: PlaceKind;
	/** At least one of the place's events is a meeting (not only statements or developments). */
	meeting: boolean;
	x: number;
	y: number;
}

/**
 * A stop on the story's route: a city where a meeting took place. Places where things were only
 * said (Moscow in the Geneva story) or that are not points (a border) are not stops.
 */
export const isStop = (p: SequencePlace) => p.kind === 'city' && p.meeting;

/** Numbers (1, 2, …) for the stops, in the order given (each place's first event). */
export function numberPlaces(places: readonly SequencePlace[]): (number | undefined)[] {
	let n = 0;
	return places.map((p) => (isStop(p) ? ++n : undefined));
}

/**
 * Room left between an arc's ends and the centres of the markers, in viewBox units: enough that
 * the arrowhead still clears the 20px numbered dot when the map is drawn at about half its
 * viewBox size (a phone).
 */
export const ROUTE_GAP = { start: 12, end: 17 };
/** How far the curve bows out, as a share of the distance between the places. */
const BOW = 0.18;

/**
 * Arcs between consecutive stops in the order of their first events: a quadratic curve,
 * always bowed to the left of the direction of travel, ending short of the target marker so
 * an arrowhead fits.
 */
export function routeArcs(places: readonly SequencePlace[]): MapRoute[] {
	const cities = places.filter(isStop);
	const routes: MapRoute[] = [];
	for (let i = 1; i < cities.length; i++) {
		const [a, b] = [cities[i - 1], cities[i]];
		const d = arcPath(a, b);
		if (d) routes.push({ from: a.placeId, to: b.placeId, d });
	}
	return routes;
}

function arcPath(a: { x: number; y: number }, b: { x: number; y: number }): string | null {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const length = Math.hypot(dx, dy);
	if (length < ROUTE_GAP.start + ROUTE_GAP.end + 4) return null;
	// The left-hand normal in screen coordinates (y down) is (dy, -dx).
	const c = {
		x: (a.x + b.x) / 2 + (dy / length) * BOW * length,
		y: (a.y + b.y) / 2 - (dx / length) * BOW * length
	};
	const start = towards(a, c, ROUTE_GAP.start);
	const end = towards(b, c, ROUTE_GAP.end);
	return `M${r(start.x)},${r(start.y)}Q${r(c.x)},${r(c.y)} ${r(end.x)},${r(end.y)}`;
}

/** The point `by` units from `p` in the direction of `q` (the curve's tangent at an end). */
function towards(p: { x: number; y: number }, q: { x: number; y: number }, by: number) {
	const length = Math.hypot(q.x - p.x, q.y - p.y) || 1;
	return { x: p.x + ((q.x - p.x) / length) * by, y: p.y + ((q.y - p.y) / length) * by };
}

const r = (n: number) => Math.round(n * 10) / 10;
