/**
 * The story map as a standalone, static figure (print handout, slide pictures): the frame's base
 * map file (routes/maps/) nested as it is, and over it what the page draws as its interactive
 * overlay (EventMap.svelte and its parts) written as SVG: border places, route arcs, numbered
 * markers, place and country names, the scale bar. The selection shows as on screen: the
 * selected place larger and ringed, the others dimmed, its route arcs and border emphasised.
 */
import type { Lang } from '$lib/i18n/lang';
import { COUNTRY_NAMES } from '$lib/map/countryNames';
import { labelBox } from '$lib/map/placeLabels';
import type { MapMarker, MapOverlay } from '$lib/map/types';
import type { Story } from '$lib/story/types';
import { r, svgText, TONES, type Figure, type Tone, type ToneName } from './svg';
import { escapeMarkup } from '$lib/markup/escape';

export interface MapFigureOptions {
	tone: ToneName;
	selectedId?: string | null;
	/** Prefix of the figure's own ids (arrowheads), unique within the document it lands in. */
	idPrefix?: string;
}

/** The base map file as nested SVG: its own viewBox, drawn over the whole figure. */
export function nestBaseMap(baseMapSvg: string, width: number, height: number): string {
	const start = baseMapSvg.indexOf('<svg');
	if (start === -1)
		throw new Error('map figure: expected the base map file to be SVG (found no <svg> element)');
	return baseMapSvg
		.slice(start)
		.trim()
		.replace(
			/^<svg\b[^>]*>/,
			`<svg x="0" y="0" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`
		);
}

export function mapFigure(
	story: Story,
	lang: Lang,
	overlay: MapOverlay,
	baseMapSvg: string,
	options: MapFigureOptions
): Figure {
	const tone = TONES[options.tone];
	const id = options.idPrefix ?? 'map';
	const { width, height } = overlay;
	const selectedEvent = story.events.find((event) => event.id === options.selectedId);
	const selectedPlace = selectedEvent?.placeId ?? null;

	const borders = overlay.borderPlaces.map(
		(border) =>
			`<path data-place="${border.placeId}"${border.placeId === selectedPlace ? ' data-selected="true"' : ''} d="${border.d}" fill="none" stroke="${tone.accent}" stroke-width="${border.placeId === selectedPlace ? 5 : 2.5}" stroke-linejoin="round" stroke-linecap="round"/>`
	);
	const arrow = (name: string, fill: string) =>
		`<marker id="${id}-arrow-${name}" viewBox="0 0 10 10" refX="7" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,1L9,5L0,9Z" fill="${fill}"/></marker>`;
	const routes = (overlay.routes ?? []).map((route) => {
		const active = selectedPlace === route.from || selectedPlace === route.to;
		const style = active
			? `stroke="${tone.ink}" stroke-width="2"`
			: `stroke="${tone.route}" stroke-width="1.5" stroke-dasharray="5 3"`;
		return `<path d="${route.d}" fill="none" ${style} stroke-linecap="round" marker-end="url(#${id}-arrow-${active ? 'active' : 'muted'})"/>`;
	});
	const countries = (overlay.countryLabels ?? [])
		.filter((label) => COUNTRY_NAMES[label.key])
		.map((label) =>
			svgText(
				label.x,
				label.y + 4,
				COUNTRY_NAMES[label.key][lang],
				'text-anchor="middle" letter-spacing="0.4"'
			)
		);
	const placesWithEvents = new Set(story.events.map((event) => event.placeId));
	const markers = overlay.markers
		.filter((marker) => placesWithEvents.has(marker.placeId))
		.map((marker) =>
			drawMarker(marker, story.places[marker.placeId]?.name[lang] ?? marker.placeId, selectedPlace, tone)
		);
	const bar = overlay.scaleBar;
	const scaleBar = bar
		? `<g data-scale-bar="true"><rect x="${r(bar.x)}" y="${r(bar.y - 22)}" width="52" height="16" rx="2" fill="${tone.paper}"/><path d="M${r(bar.x)},${r(bar.y - 5)}V${r(bar.y)}H${r(bar.x + bar.length)}V${r(bar.y - 5)}" fill="none" stroke="${tone.ink}" stroke-width="1.5"/>` +
			svgText(bar.x + 3, bar.y - 8, `${bar.km} km`, `font-size="11" fill="${tone.ink}"`) +
			'</g>'
		: '';

	const content = [
		nestBaseMap(baseMapSvg, width, height),
		`<defs>${arrow('muted', tone.route)}${arrow('active', tone.ink)}</defs>`,
		...borders,
		...routes,
		`<g font-size="11" font-style="italic" fill="${tone.muted}">${countries.join('')}</g>`,
		scaleBar,
		...markers,
		''
	].join('');
	return { width, height, content };
}

function drawMarker(marker: MapMarker, name: string, selectedPlace: string | null, tone: Tone): string {
	const selected = selectedPlace === marker.placeId;
	const dimmed = selectedPlace !== null && !selected;
	const { x, y } = marker;
	const fill = marker.statementsOnly
		? tone.ink
		: dimmed && marker.order !== undefined
			? tone.dimmed
			: tone.accent;
	const opacity = dimmed && marker.order === undefined ? ' opacity="0.45"' : '';
	let shape: string;
	if (marker.kind === 'border') {
		shape = `<rect x="-5" y="-5" width="10" height="10" rx="1.5" transform="rotate(45)" fill="${fill}" stroke="${tone.paper}" stroke-width="2"${opacity}/>`;
	} else if (marker.statementsOnly) {
		shape = `<rect x="-6" y="-6" width="12" height="12" rx="1.5" fill="${fill}" stroke="${tone.paper}" stroke-width="2"${opacity}/>`;
	} else if (marker.order !== undefined) {
		shape =
			`<circle r="10" fill="${fill}" stroke="${tone.paper}" stroke-width="1.5"/>` +
			svgText(
				0,
				4,
				String(marker.order),
				`text-anchor="middle" font-size="11" font-weight="bold" fill="${tone.paper}"`
			);
	} else {
		shape = `<circle r="6" fill="${fill}" stroke="${tone.paper}" stroke-width="2"${opacity}/>`;
	}
	const ring = selected
		? `<circle data-highlight="true" r="${marker.order !== undefined ? 14 : 10}" fill="none" stroke="${tone.ink}" stroke-width="2"/>`
		: '';
	// Beside the marker's 28 px hit area on a white ground, as the page's labels hang
	// (PlaceMarker.svelte), in the box the label placement reserved for it (placeLabels.ts).
	const right = marker.labelSide === 'right';
	const box = labelBox({ x, y, text: name }, { side: marker.labelSide, shift: marker.labelShift });
	const label =
		`<rect x="${r(box.x0)}" y="${r(box.y0)}" width="${r(box.x1 - box.x0)}" height="${r(box.y1 - box.y0)}" rx="3" fill="${tone.paper}"/>` +
		svgText(
			right ? box.x0 + 4 : box.x1 - 4,
			box.y0 + 14,
			name,
			`text-anchor="${right ? 'start' : 'end'}" font-size="13" fill="${dimmed ? tone.muted : tone.ink}"${selected ? ' font-weight="bold"' : ''}`
		);
	return (
		`<g data-place="${escapeMarkup(marker.placeId)}"${selected ? ' data-selected="true"' : ''}>` +
		`<g transform="translate(${r(x)} ${r(y)})${selected ? ' scale(1.4)' : ''}">${ring}${shape}</g>${label}</g>`
	);
}
