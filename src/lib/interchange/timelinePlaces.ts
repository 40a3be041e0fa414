/**
 * TimelineJS `location` objects ({ "lat": 39.49, "lon": -91.79, "name": "Florida, Missouri" }, a
 * StoryMapJS habit) as the imported story's own places: one place per name and position, ids that
 * never reuse one of the shared gazetteer's.
 */
import { htmlToText } from './htmlToText';
import { slugify, uniqueIds } from './slug';
import type { TimelineSlide } from './timelineJsFormat';

export interface ImportedPlace {
	name: { nl: string; en: string };
	kind: 'city';
	coordinates: [number, number];
}

type Location = NonNullable<TimelineSlide['location']>;

/** Reads locations into `places`; `read` gives the place id, or undefined for a position out of range. */
export function placeReader(takenIds: Iterable<string> = []) {
	const ids = uniqueIds(takenIds);
	const byKey = new Map<string, string>();
	const places: Record<string, ImportedPlace> = {};
	const read = (location: Location): string | undefined => {
		const lat = coordinate(location.lat);
		const lon = coordinate(location.lon);
		if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
		const given = htmlToText(location.name);
		const name = given || formatCoordinates(lat, lon);
		const key = `${name}|${lat}|${lon}`;
		const known = byKey.get(key);
		if (known) return known;
		const id = ids(slugify(given) || `place-${byKey.size + 1}`);
		byKey.set(key, id);
		places[id] = { name: { nl: name, en: name }, kind: 'city', coordinates: [lon, lat] };
		return id;
	};
	return { read, places };
}

/** 39.49, "39.49" → 39.49; "", "  ", null, "north" → undefined. */
export function coordinate(value: number | string | null | undefined): number | undefined {
	if (value === null || value === undefined) return undefined;
	if (typeof value === 'string' && value.trim() === '') return undefined;
	const number = typeof value === 'number' ? value : Number(value.trim());
	return Number.isFinite(number) ? number : undefined;
}

/** A name for a nameless location: "40.71° N, 74.01° W". */
export function formatCoordinates(lat: number, lon: number): string {
	const degrees = (n: number) => Math.abs(n).toFixed(2);
	return `${degrees(lat)}° ${lat < 0 ? 'S' : 'N'}, ${degrees(lon)}° ${lon < 0 ? 'W' : 'E'}`;
}
