/**
 * Projects a story's places onto a map of Europe's countries, at build time only (called from
 * +page.server.ts): d3-geo, topojson-client and the atlas stay off the client, which gets
 * path strings and viewBox coordinates.
 */
import { geoBounds, geoCentroid, geoConicConformal, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry, MultiLineString } from 'geojson';
import world from 'world-atlas/countries-50m.json';
import type { Place, Story } from '$lib/story/types';
import { labelBox, markerBox, placeLabels, type Box } from './placeLabels';
import { compactPath } from './compactPath';
import { numberPlaces, routeArcs } from './sequence';
import { scaleBar } from './scaleBar';
import { insetLocator } from './inset';
import { countryLabels } from './countryLabels';
import { ATLAS_COUNTRY_CODES } from './atlasCodes';
import { crimeaWithUkraine } from './crimea';
import { FRAME_VARIANTS, MAP_FRAMES } from './frames';
import type { MapBorderPlace, MapCountry, MapFrames, MapMarker, MapOverlay, StoryMap } from './types';

type CountryProps = { name: string };
type Countries = GeometryCollection<CountryProps>;
const { topology, crimea: crimeaArcs } = crimeaWithUkraine(
	world as unknown as Topology<{ countries: Countries }>
);
const countryObject = topology.objects.countries;
const crimeaShape = feature(topology, { type: 'Polygon', arcs: crimeaArcs });
const countryFeatures = feature(topology, countryObject).features;
/** world-atlas ids are ISO 3166-1 numeric strings; a few shapes have none, so fall back to the name. */
const keyOf = (f: { id?: string | number; properties?: { name?: string } | null }) =>
	String(f.id ?? f.properties?.name);
const knownCodes = ATLAS_COUNTRY_CODES;

export const DEFAULT_MAP_SIZE = MAP_FRAMES.wide;
/** Shown when a story has no places at all. */
const EUROPE: Geometry = {
	type: 'MultiPoint',
	coordinates: [
		[-10, 35],
		[40, 70]
	]
};

/** Room between the places and the frame edge, in viewBox units. */
export function mapPadding(size: { width: number; height: number }): number {
	return Math.round(Math.max(24, Math.min(size.width, size.height) * 0.08));
}

/** The projection the story's map is drawn in (exported for tests of what is measured on it). */
export function storyProjection(story: Story, size = DEFAULT_MAP_SIZE): GeoProjection {
	return framing(story, size).projection;
}

function framing(story: Story, { width, height }: { width: number; height: number }) {
	const places = placesInEventOrder(story);
	for (const place of places) checkCountryCodes(place);

	const borderLines = new Map(places.filter(isBorder).map((p) => [p.id, borderLine(p)]));
	const points = places.flatMap((p) => {
		const at = pointOf(p);
		return at ? [at] : [];
	});
	const fitTo = fitGeometry(points, [...borderLines.values()]);
	return { places, borderLines, projection: fitProjection(fitTo, width, height) };
}

export function buildStoryMap(story: Story, size = DEFAULT_MAP_SIZE): StoryMap {
	const { width, height } = size;
	const { places, borderLines, projection } = framing(story, size);
	// Thinning by one viewBox unit is invisible at the viewBox size and about halves the output.
	const path = compactPath(projection, { tolerance: 1, minRing: 1.5 });

	const emphasised = new Set(places.flatMap((p) => [p.country, ...(p.countries ?? [])]).filter(Boolean));
	const countries: MapCountry[] = [];
	const emphasisedShapes: { key: string; feature: (typeof countryFeatures)[number] }[] = [];
	for (const f of countryFeatures) {
		const d = path(f);
		// With clipExtent a shape outside the frame projects to nothing.
		if (!d) continue;
		const key = keyOf(f);
		countries.push({ key, name: f.properties?.name ?? key, d, emphasis: emphasised.has(key) });
		if (emphasised.has(key)) emphasisedShapes.push({ key, feature: f });
	}

	const borderPlaces: MapBorderPlace[] = [...borderLines].map(([placeId, line]) => ({
		placeId,
		d: path(line)
	}));

	const positions = places.map((p) => {
		const line = borderLines.get(p.id);
		const [x, y] = line ? middleVertex(line, projection) : project(projection, pointOf(p)!);
		return { place: p, x: round1(x), y: round1(y) };
	});
	const labelInputs = positions.map(({ place, x, y }) => ({ x, y, text: longestName(place) }));
	const labels = placeLabels(labelInputs, size);
	const hostsMeeting = (placeId: string) =>
		story.events.some((e) => e.placeId === placeId && e.type === 'meeting');
	const sequence = positions.map(({ place, x, y }) => ({
		placeId: place.id,
		kind: place.kind,
		meeting: hostsMeeting(place.id),
		x,
		y
	}));
	const numbers = numberPlaces(sequence);
	const markers: MapMarker[] = positions.map(({ place, x, y }, i) => ({
		placeId: place.id,
		kind: place.kind,
		x,
		y,
		labelSide: labels[i].side,
		labelShift: labels[i].shift,
		statementsOnly: story.events.filter((e) => e.placeId === place.id).every((e) => e.type === 'statement'),
		...(numbers[i] === undefined ? {} : { order: numbers[i] })
	}));

	// Map furniture keeps clear of the markers and their labels, and of each other.
	const taken: Box[] = [...labelInputs.map(markerBox), ...labelInputs.map((m, i) => labelBox(m, labels[i]))];
	const bar = scaleBar(projection, size);
	const inset = insetLocator(projection, size, taken);
	taken.push(
		// The bar and its label above it (ScaleBar.svelte).
		{ x0: bar.x - 2, y0: bar.y - 22, x1: bar.x + Math.max(bar.length, 50) + 2, y1: bar.y + 2 },
		{ x0: inset.x, y0: inset.y, x1: inset.x + inset.size, y1: inset.y + inset.size }
	);

	const crimea = path(crimeaShape);
	return {
		width,
		height,
		countries,
		boundaries: path(mesh(topology, countryObject, (a, b) => a !== b)),
		...(crimea ? { crimea } : {}),
		showsCrimea: crimea !== '',
		borderPlaces,
		markers,
		routes: routeArcs(sequence),
		scaleBar: bar,
		inset,
		countryLabels: countryLabels(emphasisedShapes, projection, size, taken)
	};
}

/** The parts of a map the page carries; the rest is the frame's base map file. */
export function overlayOf(map: StoryMap): MapOverlay {
	const { width, height, borderPlaces, markers, routes, scaleBar, countryLabels, showsCrimea } = map;
	return { width, height, borderPlaces, markers, routes, scaleBar, countryLabels, showsCrimea };
}

/** The overlay of every frame, for the story page. */
export function buildMapFrames(story: Story): MapFrames {
	const [wide, tall] = FRAME_VARIANTS.map((v) => overlayOf(buildStoryMap(story, MAP_FRAMES[v])));
	return { wide, tall };
}

/** Places in the order of their first event, so markers tab in time order. */
function placesInEventOrder(story: Story): Place[] {
	const ids = [...new Set(story.events.flatMap((e) => (e.placeId ? [e.placeId] : [])))];
	return ids.map((id) => story.places[id]).filter((p): p is Place => p !== undefined);
}

const isBorder = (p: Place) => p.kind === 'border';

function checkCountryCodes(place: Place): void {
	for (const code of [place.country, ...(place.countries ?? [])]) {
		if (code !== undefined && !knownCodes.has(code)) {
			throw new Error(
				`Place "${place.id}" refers to country code "${code}", which is not in the world atlas (world-atlas countries-50m)`
			);
		}
	}
}

/** A border is the boundary the two countries' shapes share, never a made-up point. */
export function borderLine(place: Place): MultiLineString {
	const [x, y] = place.countries!;
	const line = mesh(
		topology,
		countryObject,
		(a, b) => (keyOf(a) === x && keyOf(b) === y) || (keyOf(a) === y && keyOf(b) === x)
	);
	if (line.coordinates.length === 0) {
		throw new Error(`Place "${place.id}": countries "${x}" and "${y}" share no boundary in the world atlas`);
	}
	return line;
}

/** Point places use their coordinates; a country without them, its centroid. */
function pointOf(place: Place): [number, number] | undefined {
	if (place.kind === 'border') return undefined;
	if (place.coordinates) return place.coordinates;
	const shape = countryFeatures.find((f) => keyOf(f) === place.country);
	if (shape) return geoCentroid(shape) as [number, number];
	throw new Error(`Place "${place.id}" has neither coordinates nor a country shape to put it on the map`);
}

/** What the projection is fitted to; widened so a lone place still shows its surroundings. */
function fitGeometry(points: [number, number][], lines: MultiLineString[]): Feature {
	const geometries: Geometry[] = [{ type: 'MultiPoint', coordinates: points }, ...lines];
	if (points.length === 0 && lines.length === 0) geometries.splice(0, 1, EUROPE);
	const collection: Feature = {
		type: 'Feature',
		properties: {},
		geometry: { type: 'GeometryCollection', geometries }
	};
	const [[west, south], [east, north]] = geoBounds(collection);
	if (east - west < 4 && north - south < 3) {
		const [lon, lat] = [(west + east) / 2, (south + north) / 2];
		geometries.push({
			type: 'MultiPoint',
			coordinates: [
				[lon - 2, lat - 1.5],
				[lon + 2, lat + 1.5]
			]
		});
	}
	return collection;
}

/**
 * Lambert conformal conic with the parallels of EPSG:3034 (Europe), centred on the story's
 * longitude so north stays up in the middle; fitted to the places, clipped to the frame.
 */
function fitProjection(fitTo: Feature, width: number, height: number): GeoProjection {
	const [[west], [east]] = geoBounds(fitTo);
	const centre = west <= east ? (west + east) / 2 : (west + east + 360) / 2;
	const pad = mapPadding({ width, height });
	return geoConicConformal()
		.parallels([35, 65])
		.rotate([-centre, 0])
		.fitExtent(
			[
				[pad, pad],
				[width - pad, height - pad]
			],
			fitTo
		)
		.clipExtent([
			[0, 0],
			[width, height]
		]);
}

function project(projection: GeoProjection, at: [number, number]): [number, number] {
	const xy = projection(at);
	if (!xy) throw new Error(`Cannot project ${at.join(',')}`);
	return xy;
}

/** A point on the border line itself: the middle vertex of its longest piece. */
function middleVertex(line: MultiLineString, projection: GeoProjection): [number, number] {
	const longest = line.coordinates.reduce((a, b) => (b.length > a.length ? b : a));
	const vertex = longest[Math.floor(longest.length / 2)];
	return project(projection, vertex as [number, number]);
}

function longestName(place: Place): string {
	return Object.values(place.name).reduce((a, b) => (b.length > a.length ? b : a), '');
}

const round1 = (n: number) => Math.round(n * 10) / 10;
