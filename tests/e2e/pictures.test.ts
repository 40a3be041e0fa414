/**
 * Pictures for slides in real headless Chromium: the downloads of the timeline and the map as SVG
 * and PNG follow the page's language and selection, the SVG parses and holds every event, the
 * PNG is twice the SVG's size, nothing is fetched from another host, and the code loads only
 * when the reader reaches for the button. axe on the story page with the panel open.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/story/loadStory';
import {
	axeViolations,
	DESKTOP,
	launchBrowser,
	openPage,
	otherHostRequests,
	PHONE,
	url,
	waitForApp
} from './browser';

const story = loadStory('geneva-2022');
const placesWithEvents = [...new Set(story.events.map((e) => e.placeId).filter(Boolean))];

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Clicks a download button and returns the file's name and bytes. */
async function download(page: Page, name: string): Promise<{ fileName: string; bytes: Buffer }> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name }).click()
	]);
	const path = await file.path();
	return { fileName: file.suggestedFilename(), bytes: await readFile(path) };
}

interface SvgFacts {
	lang: string | null;
	width: number;
	height: number;
	title: string | null;
	credit: string | null;
	/** data-event and data-place of every element that has one. */
	events: string[];
	places: string[];
	/** data-event or data-place of what is drawn selected, and whether a highlight ring is drawn in it. */
	selected: string[];
	highlighted: string[];
	/** Paths of a nested <svg> (the base map). */
	nestedPaths: number;
}

/** Parses the file with Chromium's XML parser (as an SVG file is read) and reports what it holds. */
async function parseSvg(page: Page, bytes: Buffer): Promise<SvgFacts> {
	return page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		const error = doc.querySelector('parsererror');
		if (error) throw new Error(`not well-formed SVG: ${error.textContent}`);
		const root = doc.documentElement;
		const all = (selector: string, attribute: string) =>
			[...doc.querySelectorAll(selector)].map((node) => node.getAttribute(attribute) ?? '');
		return {
			lang: root.getAttribute('lang'),
			width: Number(root.getAttribute('width')),
			height: Number(root.getAttribute('height')),
			title: doc.querySelector('title')?.textContent ?? null,
			credit: doc.querySelector('[data-credit]')?.textContent ?? null,
			events: all('[data-event]', 'data-event'),
			places: all('[data-place]', 'data-place'),
			selected: [...doc.querySelectorAll('[data-selected="true"]')].map(
				(node) => node.getAttribute('data-event') ?? node.getAttribute('data-place') ?? ''
			),
			highlighted: [...doc.querySelectorAll('[data-highlight]')].map(
				(node) =>
					node.closest('[data-event], [data-place]')?.getAttribute('data-event') ??
					node.closest('[data-place]')?.getAttribute('data-place') ??
					''
			),
			nestedPaths: doc.querySelectorAll('svg svg path').length
		};
	}, bytes.toString('utf8'));
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const twice = (svg: SvgFacts) => ({ width: svg.width * 2, height: svg.height * 2 });

describe('pictures for slides', () => {
	it('downloads the timeline and the map as on screen: English, the selected event highlighted', async () => {
		const { page, requests, errors } = await openPage(browser);
		await page.goto(url('/en/geneva-2022/?event=peskov-statement'));
		await waitForApp(page);
		const opener = page.getByRole('button', { name: 'Pictures for slides' });
		await expect.poll(() => opener.getAttribute('aria-expanded')).toBe('false');
		await opener.focus();
		await opener.press('Enter');
		await expect.poll(() => opener.getAttribute('aria-expanded')).toBe('true');
		await expect
			.poll(() => page.getByText('As on screen now: English, with ‘Kremlin: first talks “positive”’').count())
			.toBe(1);

		const timeline = await download(page, 'Download timeline as SVG');
		expect(timeline.fileName).toBe('geneva-2022-timeline-en-peskov-statement.svg');
		const svg = await parseSvg(page, timeline.bytes);
		expect(svg.lang).toBe('en');
		expect(svg.title).toBe(`Timeline: ${story.title.en}`);
		expect(svg.credit).toContain('Source: a news article in Dutch, Tuesday 11 January 2022');
		expect(svg.credit).toContain('English');
		expect(svg.events.sort()).toEqual(story.events.map((e) => e.id).sort());
		expect(svg.selected).toEqual(['peskov-statement']);
		expect(svg.highlighted).toEqual(['peskov-statement']);
		// Self-contained: no link, image or font from anywhere.
		expect(timeline.bytes.toString()).not.toMatch(/(?:href|src)=|@import|url\((?!#)/);

		const map = await download(page, 'Download map as SVG');
		expect(map.fileName).toBe('geneva-2022-map-en-peskov-statement.svg');
		const mapSvg = await parseSvg(page, map.bytes);
		expect(mapSvg.places).toEqual(expect.arrayContaining(placesWithEvents));
		expect(mapSvg.selected).toEqual(['moscow']);
		expect(mapSvg.highlighted).toEqual(['moscow']);
		// The base map inlined, with its countries.
		expect(mapSvg.nestedPaths).toBeGreaterThan(20);
		expect(map.bytes.toString()).not.toMatch(/(?:href|src)=|@import|url\((?!#)/);
		expect(map.bytes.toString()).toContain('Map: Natural Earth');

		// PNGs at twice the SVG's size.
		const timelinePng = await download(page, 'Download timeline as PNG (2×)');
		expect(timelinePng.fileName).toBe('geneva-2022-timeline-en-peskov-statement.png');
		expect(pngSize(timelinePng.bytes)).toEqual(twice(svg));
		const mapPng = await download(page, 'Download map as PNG (2×)');
		expect(pngSize(mapPng.bytes)).toEqual(twice(mapSvg));
		// A drawn picture, not an empty canvas: far more bytes than a blank PNG of that size.
		expect(mapPng.bytes.length).toBeGreaterThan(100_000);

		expect(otherHostRequests(requests)).toEqual([]);
		expect(errors).toEqual([]);

		// Escape closes the panel and gives focus back to its button.
		await page.keyboard.press('Escape');
		await expect.poll(() => opener.getAttribute('aria-expanded')).toBe('false');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Pictures for slides');
		await page.context().close();
	});

	it('follows a new selection and the Dutch page', async () => {
		const { page } = await openPage(browser);
		await page.goto(url('/geneva-2022/'));
		await waitForApp(page);
		// Select an event on the timeline, then take its picture.
		await page.locator('.timeline-plot a[data-event="osce-vienna"]').click();
		await page.waitForURL(/event=osce-vienna/);
		await page.getByRole('button', { name: 'Beelden voor dia’s' }).click();
		const { fileName, bytes } = await download(page, 'Tijdlijn downloaden als SVG');
		expect(fileName).toBe('geneva-2022-timeline-nl-osce-vienna.svg');
		const svg = await parseSvg(page, bytes);
		expect(svg.lang).toBe('nl');
		expect(svg.selected).toEqual(['osce-vienna']);
		expect(svg.credit).toContain('Bron: een nieuwsartikel in het Nederlands');
		// Without a selection: nothing highlighted, and the name says so.
		await page.goto(url('/geneva-2022/'));
		await waitForApp(page);
		await page.getByRole('button', { name: 'Beelden voor dia’s' }).click();
		const plain = await download(page, 'Kaart downloaden als SVG');
		expect(plain.fileName).toBe('geneva-2022-map-nl.svg');
		expect((await parseSvg(page, plain.bytes)).selected).toEqual([]);
		await page.context().close();
	});

	it.each([
		['a phone', PHONE],
		['a desktop', DESKTOP]
	])('has no axe violations on the story page with the panel open, on %s', async (_name, viewport) => {
		const { page } = await openPage(browser, { viewport });
		await page.goto(url('/en/geneva-2022/?event=geneva-talks'));
		await waitForApp(page);
		await page.getByRole('button', { name: 'Pictures for slides' }).click();
		await page.getByRole('button', { name: 'Download map as PNG (2×)' }).waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});
