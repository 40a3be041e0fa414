/**
 * Where the emphasised countries' names go: the centre of the country's largest part inside the
 * frame, if the name fits that part and covers no marker, label or other map furniture.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { COUNTRY_NAMES } from './countryNames';
import { boxesOverlap, type Box } from './placeLabels';
import type { MapCountryLabel } from './types';

/** The country-name font size in px (EventMap.svelte); boxes assume the map at its viewBox size. */
export const COUNTRY_FONT = 11;
/** Generous for italic text with a little letter spacing. */
const CHAR_WIDTH = 0.66 * COUNTRY_FONT;

export function countryNameBox(x: number, y: number, text: string): Box {
	const width = text.length * CHAR_WIDTH;
	return { x0: x - width / 2, y0: y - COUNTRY_FONT * 0.7, x1: x + width / 2, y1: y + COUNTRY_FONT * 0.7 };
}

const longest = (key: string) =>
	Object.values(COUNTRY_NAMES[key]).reduce((a, b) => (b.length > a.length ? b : a), '');

export function countryLabels(
	countries: { key: string; feature: Feature }[],
	projection: GeoProjection,
	size: { width: number; height: number },
	obstacles: Box[]
): MapCountryLabel[] {
	const path = geoPath(projection);
	const taken = [...obstacles];
	const labels: MapCountryLabel[] = [];
	for (const { key, feature } of countries) {
		if (!COUNTRY_NAMES[key]) continue;
		const part = largestPart(feature, path);
		if (!part) continue;
		const text = longest(key);
		const [[bx0], [bx1]] = path.bounds(part);
		const [cx, cy] = path.centroid(part);
		if (!Number.isFinite(cx) || bx1 - bx0 < text.length * CHAR_WIDTH) continue;
		// The centre first, then a line above or below it.
		for (const dy of [0, -COUNTRY_FONT * 1.6, COUNTRY_FONT * 1.6]) {
			const box = countryNameBox(cx, cy + dy, text);
			const inside = box.x0 >= 2 && box.y0 >= 2 && box.x1 <= size.width - 2 && box.y1 <= size.height - 2;
			if (inside && !taken.some((b) => boxesOverlap(box, b))) {
				labels.push({ key, x: Math.round(cx), y: Math.round(cy + dy) });
				taken.push(box);
				break;
			}
		}
	}
	return labels;
}

/** The polygon of a (multi)polygon country with the largest area inside the frame. */
function largestPart(feature: Feature, path: ReturnType<typeof geoPath>): Feature<Polygon> | null {
	const g = feature.geometry;
	const polygons: Polygon['coordinates'][] =
		g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? (g as MultiPolygon).coordinates : [];
	let best: Feature<Polygon> | null = null;
	let bestArea = 0;
	for (const coordinates of polygons) {
		const part: Feature<Polygon> = {
			type: 'Feature',
			properties: {},
			geometry: { type: 'Polygon', coordinates }
		};
		const area = path.area(part);
		if (area > bestArea) [best, bestArea] = [part, area];
	}
	return best;
}
