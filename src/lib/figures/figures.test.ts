// @vitest-environment jsdom
// (for DOMParser: the figures are parsed as XML, as a program reading the file would)
import { describe, expect, it } from 'vitest';
import { syntheticStory } from '$lib/bench/syntheticStory';
import { baseMapSvg } from '$lib/map/baseMapSvg';
import { buildStoryMap, overlayOf } from '$lib/map/buildStoryMap';
import { MAP_FRAMES } from '$lib/map/frames';
import { loadStory } from '$lib/story/loadStory';
import { svgSize } from '$lib/slides/download';
import { pictureSvg } from '$lib/slides/pictures';
import { mapFigure, nestBaseMap } from './mapFigure';
import { pictureFileName, slideSvg, sourceCredit } from './slidePicture';
import { figureSvg, type Figure } from './svg';
import { timelineFigure } from './timelineFigure';

const story = loadStory('geneva-2022');
const wide = buildStoryMap(story, MAP_FRAMES.wide);
const base = baseMapSvg(wide);
const overlay = overlayOf(wide);
const placesWithEvents = [...new Set(story.events.flatMap((e) => (e.placeId ? [e.placeId] : [])))];

/** Parses as XML, as a file would be; malformed markup fails the test. */
function parse(svg: string): Document {
	const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
	expect(doc.querySelector('parsererror')?.textContent ?? null).toBeNull();
	return doc;
}
const parseFigure = (figure: Figure) => parse(figureSvg(figure, 'test'));
const selectedIds = (doc: Document, attribute: string) =>
	[...doc.querySelectorAll('[data-selected="true"]')].map((node) => node.getAttribute(attribute));
const colours = (svg: string) => [...new Set(svg.match(/#[0-9a-f]{6}\b/gi) ?? [])];
const isGrey = (colour: string) => /^#([0-9a-f]{2})\1\1$/i.test(colour);

describe('timelineFigure', () => {
	const cases = [
		...(['nl', 'en'] as const).flatMap((lang) =>
			[null, ...story.events.map((e) => e.id)].map((id) => ({ lang, id }))
		),
		{ lang: 'en' as const, id: 'no-such-event' }
	];
	it.each(cases)('draws every event once in $lang, selected: $id', ({ lang, id }) => {
		const figure = timelineFigure(story, lang, { width: 680, tone: 'colour', selectedId: id });
		const doc = parseFigure(figure);
		for (const event of story.events)
			expect(doc.querySelectorAll(`[data-event="${event.id}"]`).length, event.id).toBe(1);
		const known = story.events.some((e) => e.id === id);
		expect(selectedIds(doc, 'data-event')).toEqual(known ? [id] : []);
		// The selection is a ring as well as a colour, except for a line under the axis.
		const inFrame = doc.querySelector(`[data-event="${id}"] circle, [data-event="${id}"] line`) !== null;
		expect(doc.querySelectorAll('[data-highlight]').length).toBe(known && inFrame ? 1 : 0);
	});

	it('writes the events outside the frame under the axis, with their dates', () => {
		const doc = parseFigure(timelineFigure(story, 'en', { width: 680, tone: 'colour' }));
		expect(doc.querySelector('[data-event="nato-russia-council-2019"]')?.textContent).toBe(
			'← 2019: Previous NATO–Russia Council'
		);
		const nl = parseFigure(timelineFigure(story, 'nl', { width: 680, tone: 'colour' }));
		expect(nl.querySelector('[data-event="nato-russia-council-2019"]')?.textContent).toBe(
			'← 2019: Vorige NAVO-Ruslandraad'
		);
		expect(nl.querySelector('[data-published] text')?.textContent).toBe('artikel verschenen');
	});

	it.each([320, 680, 1120])('keeps every event a mark at %i px wide, scaled to that width', (width) => {
		const figure = timelineFigure(story, 'en', { width, tone: 'colour' });
		const doc = parseFigure(figure);
		expect(figure.width).toBe(width);
		expect(doc.querySelectorAll('[data-cluster]').length).toBe(0);
		expect(doc.querySelectorAll('[data-event]').length).toBe(story.events.length);
	});

	it.each([40, 400])('accounts for all %i events of a crowded story: marks, clusters and notes', (n) => {
		const crowded = syntheticStory({ n, seed: 7 });
		const doc = parseFigure(timelineFigure(crowded, 'en', { width: 680, tone: 'colour' }));
		const clustered = [...doc.querySelectorAll('[data-cluster]')].reduce(
			(sum, node) => sum + Number(node.getAttribute('data-cluster')),
			0
		);
		expect(doc.querySelectorAll('[data-event]').length + clustered).toBe(n);
	});

	it('uses only greys in the mono tone, for black-and-white printers', () => {
		const mono = timelineFigure(story, 'nl', {
			width: 680,
			tone: 'mono',
			selectedId: 'geneva-talks'
		}).content;
		expect(colours(mono).filter((c) => !isGrey(c))).toEqual([]);
		const colour = timelineFigure(story, 'nl', { width: 680, tone: 'colour' }).content;
		expect(colours(colour).filter((c) => !isGrey(c)).length).toBeGreaterThan(0);
	});
});

describe('mapFigure', () => {
	it.each([null, 'geneva-talks', 'peskov-statement', 'troop-build-up', 'nato-russia-council-2019'])(
		'draws every place with events on the nested base map, selected: %s',
		(id) => {
			const doc = parseFigure(mapFigure(story, 'en', overlay, base, { tone: 'colour', selectedId: id }));
			for (const place of placesWithEvents)
				expect(doc.querySelector(`[data-place="${place}"]`), place).not.toBeNull();
			const place = story.events.find((e) => e.id === id)?.placeId;
			// A border is selected twice over: its marker and its line.
			expect(new Set(selectedIds(doc, 'data-place'))).toEqual(new Set(place ? [place] : []));
			expect(doc.querySelectorAll('svg svg path').length).toBeGreaterThan(20);
			expect(doc.querySelector('text')).not.toBeNull();
		}
	);

	it('names places and countries in the language asked for', () => {
		const nl = parseFigure(mapFigure(story, 'nl', overlay, base, { tone: 'mono' }));
		const texts = [...nl.querySelectorAll('text')].map((t) => t.textContent);
		expect(texts).toEqual(
			expect.arrayContaining(['Genève', 'Brussel', 'Wenen', 'Moskou', 'Oekraïne', '500 km'])
		);
		expect(
			colours(nl.documentElement.outerHTML.replace(/<svg x=[\s\S]*?<\/svg>/, '')).filter((c) => !isGrey(c))
		).toEqual([]);
	});

	it('refuses a base map that is not SVG, naming what it found', () => {
		expect(() => nestBaseMap('<html>Not found</html>', 600, 520)).toThrow(
			'map figure: expected the base map file to be SVG (found no <svg> element)'
		);
		expect(nestBaseMap(`<?xml version="1.0"?>\n${base}`, 600, 520)).toMatch(/^<svg x="0" y="0" width="600"/);
	});
});

describe('slide pictures', () => {
	const pageUrl = 'https://example.org/en/geneva-2022/';
	it.each([
		['timeline', 'en', 'peskov-statement'],
		['map', 'nl', 'osce-vienna'],
		['timeline', 'nl', null]
	] as const)(
		'the %s in %s, selected %s: title, credit, language, highlight, self-contained',
		(kind, lang, id) => {
			const svg = pictureSvg(kind, {
				story,
				lang,
				selectedId: id,
				pageUrl,
				map: { overlay, baseMapSvg: base }
			});
			const doc = parse(svg);
			expect(doc.documentElement.getAttribute('lang')).toBe(lang);
			expect(doc.querySelector('title')?.textContent).toContain(story.title[lang]);
			const credit = doc.querySelector('[data-credit]')?.textContent ?? '';
			expect(credit).toContain(sourceCredit(story, lang));
			expect(credit).toContain(lang === 'nl' ? 'Nederlands' : 'English');
			expect(credit).toContain(pageUrl);
			if (id) expect(credit).toContain(story.events.find((e) => e.id === id)!.headline[lang]);
			expect(doc.querySelectorAll('[data-selected="true"]').length).toBe(id ? 1 : 0);
			expect(svg).not.toMatch(/(?:href|src)=|@import|url\((?!#)/);
			expect(svgSize(svg).width).toBe(kind === 'timeline' ? 1200 : 900);
		}
	);

	it('credits the publication when the story names it', () => {
		expect(sourceCredit(story, 'en')).toBe('Source: a news article in Dutch, Tuesday 11 January 2022');
		const named = { ...story, article: { ...story.article, publication: 'NOS' } };
		expect(sourceCredit(named, 'nl')).toBe('Bron: NOS, dinsdag 11 januari 2022');
	});

	it('wraps a long title in two lines and grows the picture to hold them', () => {
		const figure = timelineFigure(story, 'en', { width: 1120, tone: 'colour' });
		const short = slideSvg(story, 'en', { kind: 'timeline', figure, width: 1200, pageUrl });
		const long = {
			...story,
			title: { ...story.title, en: 'A title long enough to need a second line on a slide picture' }
		};
		const wrapped = slideSvg(long, 'en', { kind: 'timeline', figure, width: 1200, pageUrl });
		expect(svgSize(wrapped).height).toBeGreaterThan(svgSize(short).height);
	});

	it.each([
		['timeline', 'en', 'geneva-talks', 'svg', 'geneva-2022-timeline-en-geneva-talks.svg'],
		['map', 'nl', null, 'png', 'geneva-2022-map-nl.png']
	] as const)('names the %s file after story, kind, language and selection', (kind, lang, id, ext, name) => {
		expect(pictureFileName('geneva-2022', kind, lang, id, ext)).toBe(name);
	});

	it('reads the size of an SVG, and says when it has none', () => {
		expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg" width="900" height="812.5">')).toEqual({
			width: 900,
			height: 812.5
		});
		expect(() => svgSize('<svg viewBox="0 0 1 1">')).toThrow(/expected an <svg> with a width and height/);
	});
});
