import { geoContains } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-50m.json';
import { crimeaWithUkraine, RUSSIA, UKRAINE } from './crimea';

type Countries = GeometryCollection<{ name: string }>;
const atlas = world as unknown as Topology<{ countries: Countries }>;
const { topology, crimea } = crimeaWithUkraine(atlas);

const shapeOf = (t: typeof atlas, id: string) =>
	feature(t, t.objects.countries).features.find((f) => f.id === id)!;
/** Whether a line passes within about 2 km of a point. */
const passesNear = (coordinates: number[][][], [lon, lat]: [number, number]) =>
	coordinates.some((line) => line.some(([x, y]) => Math.abs(x - lon) < 0.03 && Math.abs(y - lat) < 0.03));
const russiaUkraine = (t: typeof atlas) =>
	mesh(t, t.objects.countries, (a, b) => [a.id, b.id].sort().join() === [RUSSIA, UKRAINE].join()).coordinates;

const SIMFEROPOL: [number, number] = [34.1, 44.95];
const SEVASTOPOL: [number, number] = [33.52, 44.6];
const KHARKIV: [number, number] = [36.23, 49.99];
const BELGOROD: [number, number] = [36.59, 50.6];

describe('Crimea drawn with Ukraine', () => {
	it.each([
		['Simferopol', SIMFEROPOL, UKRAINE],
		['Sevastopol', SEVASTOPOL, UKRAINE],
		['Kharkiv', KHARKIV, UKRAINE],
		['Belgorod', BELGOROD, RUSSIA]
	])('puts %s in the shape of %s', (_, at, expected) => {
		const other = expected === UKRAINE ? RUSSIA : UKRAINE;
		expect(geoContains(shapeOf(topology, expected), at)).toBe(true);
		expect(geoContains(shapeOf(topology, other), at)).toBe(false);
	});

	it('is a change: the atlas itself has Crimea in Russia', () => {
		expect(geoContains(shapeOf(atlas, RUSSIA), SIMFEROPOL)).toBe(true);
		expect(geoContains(shapeOf(atlas, UKRAINE), SIMFEROPOL)).toBe(false);
	});

	it('returns the peninsula’s own shape, for the hatching', () => {
		const shape = feature(topology, { type: 'Polygon', arcs: crimea });
		expect(geoContains(shape, SIMFEROPOL)).toBe(true);
		expect(geoContains(shape, KHARKIV)).toBe(false);
	});

	it('leaves the Russian–Ukrainian border on land only: no line across the Perekop isthmus', () => {
		const PEREKOP: [number, number] = [33.69, 46.16];
		// The atlas's own border runs across the isthmus; ours no longer does.
		expect(russiaUkraine(atlas).some((line) => line.some(([, lat]) => lat < 46.3))).toBe(true);
		expect(passesNear(russiaUkraine(topology), PEREKOP)).toBe(false);
		expect(
			russiaUkraine(topology)
				.flat()
				.every(([lon]) => lon > 31)
		).toBe(true);
	});

	it('does not change the atlas it was given', () => {
		const before = JSON.stringify(atlas.objects.countries.geometries.find((g) => g.id === RUSSIA));
		crimeaWithUkraine(atlas);
		expect(JSON.stringify(atlas.objects.countries.geometries.find((g) => g.id === RUSSIA))).toBe(before);
	});

	it('fails loudly when the atlas no longer has Crimea in Russia', () => {
		expect(() => crimeaWithUkraine(topology)).toThrow(/Crimea/);
	});
});
