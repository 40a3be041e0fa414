/** A scale bar measured from the projection itself, at build time. */
import { geoDistance, type GeoProjection } from 'd3-geo';
import type { MapScaleBar } from './types';

/** Mean Earth radius (IUGG), as the scale bar's kilometres assume. */
export const EARTH_RADIUS_KM = 6371.0088;
const NICE = [1, 2, 2.5, 5];

/** Kilometres per viewBox unit, measured over a short east–west stretch around (x, y). */
export function kmPerUnit(projection: GeoProjection, x: number, y: number, span = 20): number {
	const a = projection.invert?.([x - span / 2, y]);
	const b = projection.invert?.([x + span / 2, y]);
	if (!a || !b) throw new Error('The map projection cannot be inverted');
	return (geoDistance(a, b) * EARTH_RADIUS_KM) / span;
}

/** The round length (1, 2, 2.5 or 5 × 10ⁿ km) nearest to `targetKm`. */
export function roundKm(targetKm: number): number {
	const magnitude = 10 ** Math.floor(Math.log10(targetKm));
	const candidates = [...NICE.map((n) => n * magnitude), 10 * magnitude];
	return candidates.reduce((best, c) => (Math.abs(c - targetKm) < Math.abs(best - targetKm) ? c : best));
}

/**
 * A bar about a fifth of the frame wide, measured at the frame centre (a conformal conic's
 * scale changes slowly away from it), drawn at the bottom left.
 */
export function scaleBar(projection: GeoProjection, size: { width: number; height: number }): MapScaleBar {
	const perUnit = kmPerUnit(projection, size.width / 2, size.height / 2);
	const km = roundKm(size.width * 0.2 * perUnit);
	const length = Math.round((km / perUnit) * 10) / 10;
	return { km, length, x: 12, y: size.height - 14 };
}
