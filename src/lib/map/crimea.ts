/**
 * Crimea drawn with Ukraine. Natural Earth (through world-atlas) puts the peninsula in Russia's
 * shape; European newsrooms draw the internationally recognised border and mark the annexation.
 * At build time the Crimea polygon moves from Russia's MultiPolygon to Ukraine's, so fills,
 * internal boundaries and the Russian–Ukrainian border place all follow the recognised line.
 */
import { geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';

export const RUSSIA = '643';
export const UKRAINE = '804';
/** Generous bounds of the peninsula, in degrees: west, south, east, north. */
const CRIMEA_BOUNDS = [32.3, 44.3, 36.8, 46.3] as const;

type CountryGeometry = GeometryCollection<{ name: string }>['geometries'][number];
type Countries = GeometryCollection<{ name: string }>;

const polygonsOf = (g: CountryGeometry): number[][][] =>
	g.type === 'MultiPolygon' ? (g as MultiPolygon).arcs : g.type === 'Polygon' ? [(g as Polygon).arcs] : [];

/**
 * A copy of the topology with Crimea in Ukraine's shape, and the arcs of Crimea itself (to hatch it).
 * Throws when the atlas no longer has Crimea as a part of Russia: then this treatment needs a look.
 */
export function crimeaWithUkraine<T extends Topology<{ countries: Countries }>>(
	topology: T
): { topology: T; crimea: number[][] } {
	const countries = topology.objects.countries;
	const russia = countries.geometries.find((g) => g.id === RUSSIA);
	const ukraine = countries.geometries.find((g) => g.id === UKRAINE);
	if (!russia || !ukraine) throw new Error('The world atlas lacks Russia or Ukraine');
	const russianParts = polygonsOf(russia);
	const index = russianParts.findIndex((arcs) => isCrimea(topology, arcs));
	if (index < 0)
		throw new Error('Crimea is no longer part of Russia’s shape in the world atlas; review crimea.ts');
	const crimea = russianParts[index];

	const withParts = (g: CountryGeometry, arcs: number[][][]): CountryGeometry => ({
		type: 'MultiPolygon',
		arcs,
		id: g.id,
		properties: g.properties as { name: string } | undefined
	});
	const moved = (g: CountryGeometry): CountryGeometry => {
		if (g === russia)
			return withParts(
				g,
				russianParts.filter((_, i) => i !== index)
			);
		if (g === ukraine) return withParts(g, [...polygonsOf(ukraine), crimea]);
		return g;
	};
	return {
		topology: {
			...topology,
			objects: {
				...topology.objects,
				countries: { ...countries, geometries: countries.geometries.map(moved) }
			}
		},
		crimea
	};
}

function isCrimea(topology: Topology, arcs: number[][]): boolean {
	const [lon, lat] = geoCentroid(feature(topology, { type: 'Polygon', arcs }));
	const [west, south, east, north] = CRIMEA_BOUNDS;
	return lon > west && lon < east && lat > south && lat < north;
}
