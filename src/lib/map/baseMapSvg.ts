/**
 * The static base map of one frame as a standalone SVG file: water, countries (the story's
 * emphasised), internal boundaries, coast, Crimea hatched, and the inset globe. It is shown as an
 * image under the interactive overlay, so its colours are written here: page CSS does not reach
 * into an image. They are EventMap.svelte's defaults.
 */
import type { BaseMap } from './types';

export const BASE_MAP_COLOURS = {
	water: '#f0f6fa',
	land: '#e7e5e4',
	emphasis: '#d6d3d1',
	boundary: '#fff',
	coast: '#a8a29e',
	hatch: '#78716c',
	insetEdge: '#57534e',
	insetFrame: '#c2410c'
};

const c = BASE_MAP_COLOURS;
/** Stroke widths hold at any drawn size. */
const line = 'fill="none" stroke-linejoin="round" stroke-linecap="round" vector-effect="non-scaling-stroke"';

export function baseMapSvg(map: BaseMap): string {
	const { width, height } = map;
	const plain = map.countries.filter((k) => !k.emphasis);
	const emphasised = map.countries.filter((k) => k.emphasis);
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
		// Diagonal hatching for land under occupation (Crimea).
		`<defs><pattern id="hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
			`<line x1="0" y1="0" x2="0" y2="5" stroke="${c.hatch}" stroke-width="1.2"/></pattern></defs>`,
		`<rect width="${width}" height="${height}" fill="${c.water}"/>`,
		// Each path starts with a relative move from the origin (compactPath.ts), so they stay apart.
		group(plain, `fill="${c.land}"`),
		group(emphasised, `fill="${c.emphasis}"`),
		pathOf(map.crimea, 'fill="url(#hatch)"'),
		pathOf(map.boundaries, `${line} stroke="${c.boundary}" stroke-width="1"`),
		pathOf(map.coast, `${line} stroke="${c.coast}" stroke-width="0.5"`),
		inset(map.inset),
		'</svg>'
	];
	return parts.filter(Boolean).join('\n') + '\n';
}

const pathOf = (d: string | undefined, attributes: string) => (d ? `<path d="${d}" ${attributes}/>` : '');

function group(countries: BaseMap['countries'], attributes: string): string {
	if (countries.length === 0) return '';
	return `<g ${attributes}>${countries.map((k) => `<path d="${k.d}"/>`).join('')}</g>`;
}

function inset(inset: BaseMap['inset']): string {
	if (!inset) return '';
	const r = inset.size / 2;
	return [
		`<g transform="translate(${inset.x},${inset.y})">`,
		`<circle cx="${r}" cy="${r}" r="${r - 1}" fill="${c.water}" stroke="${c.insetEdge}" stroke-width="1" vector-effect="non-scaling-stroke"/>`,
		pathOf(inset.land, `fill="${c.emphasis}"`),
		pathOf(inset.frame, `${line} stroke="${c.insetFrame}" stroke-width="1.5"`),
		'</g>'
	].join('');
}
