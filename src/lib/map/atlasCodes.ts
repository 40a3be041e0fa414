/**
 * The country codes the world atlas has (ISO 3166-1 numeric, as Natural Earth via world-atlas
 * spells them). Build time only: the story loader checks places against it, so a code the map
 * cannot draw fails with the file and path, not deep inside the map builder.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json';

const topology = world as unknown as Topology<{ countries: GeometryCollection }>;

export const ATLAS_COUNTRY_CODES: ReadonlySet<string> = new Set(
	topology.objects.countries.geometries.flatMap((g) => (g.id === undefined ? [] : [String(g.id)]))
);
