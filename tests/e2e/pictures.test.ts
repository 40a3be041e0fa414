/**
 * Pictures for slides in real headless Chromium: the downloads of the timeline and the map as SVG
 * and PNG follow the page's language and selection, the SVG parses and holds every event, the
 * PNG is twice the SVG's size, nothing is fetched from another host, and the code loads only
 * when the reader reaches for the button. axe on the story page with the panel open.
 */
import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/story/loadStory';
import { axeViolations, DESKTOP, launchBrowser, openPage, PHONE, url, waitForApp } from './browser';

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

/** Parses SVG as XML: a malformed file throws. */
function parseSvg(bytes: Buffer): Document {
	const { window } = new JSDOM(bytes.toString('utf8'), { contentType: 'image/svg+xml' });
	return window.document;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const svgSizeOf = (svg: Document) => ({
	width: Number(svg.documentElement.getAttribute('width')),
	height: Number(svg.documentElement.getAttribute('height'))
});

describe('pictures for slides', () => {
	it('downloads the timeline and the map as on screen: English, the selected event highlighted', async () => {
		const { page, requests, errors } = await openPage(browser);
		await page.goto(url('/en/geneva-2022/?event=peskov-statement'));
		await waitForApp(page);
		const panelCode = () => requests.filter((r) => /PicturesPanel/.test(r));
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
		const svg = parseSvg(timeline.bytes);
		expect(svg.documentElement.getAttribute('lang')).toBe('en');
		expect(svg.querySelector('title')?.textContent).toBe(`Timeline: ${story.title.en}`);
		const credit = svg.querySelector('[data-credit]')?.textContent ?? '';
		expect(credit).toContain('Source: a news article in Dutch, Tuesday 11 January 2022');
		expect(credit).toContain('English');
		for (const event of story.events)
			expect(svg.querySelector(`[data-event="${event.id}"]`), event.id).not.toBeNull();
		expect(
			[...svg.querySelectorAll('[data-selected="true"]')].map((n) => n.getAttribute('data-event'))
		).toEqual(['peskov-statement']);
		expect(svg.querySelector('[data-event="peskov-statement"] [data-highlight]')).not.toBeNull();
		// Self-contained: no link, image or font from anywhere.
		expect(timeline.bytes.toString()).not.toMatch(/(?:href|src)=|@import|url\((?!#)/);

		const map = await download(page, 'Download map as SVG');
		expect(map.fileName).toBe('geneva-2022-map-en-peskov-statement.svg');
		const mapSvg = parseSvg(map.bytes);
		for (const place of placesWithEvents)
			expect(mapSvg.querySelector(`[data-place="${place}"]`), place).not.toBeNull();
		expect(mapSvg.querySelector('[data-place="moscow"]')?.getAttribute('data-selected')).toBe('true');
		expect(mapSvg.querySelector('[data-place="geneva"]')?.getAttribute('data-selected')).toBeNull();
		// The base map inlined, with its countries.
		expect(mapSvg.querySelectorAll('svg svg path').length).toBeGreaterThan(20);
		expect(map.bytes.toString()).not.toMatch(/(?:href|src)=|@import|url\((?!#)/);
		expect(map.bytes.toString()).toContain('Map: Natural Earth');

		// PNGs at twice the SVG's size.
		const timelinePng = await download(page, 'Download timeline as PNG (2×)');
		expect(timelinePng.fileName).toBe('geneva-2022-timeline-en-peskov-statement.png');
		const twice = (size: { width: number; height: number }) => ({
			width: size.width * 2,
			height: size.height * 2
		});
		expect(pngSize(timelinePng.bytes)).toEqual(twice(svgSizeOf(svg)));
		const mapPng = await download(page, 'Download map as PNG (2×)');
		expect(pngSize(mapPng.bytes)).toEqual(twice(svgSizeOf(mapSvg)));
		// A drawn picture, not an empty canvas: far more bytes than a blank PNG of that size.
		expect(mapPng.bytes.length).toBeGreaterThan(100_000);

		expect(panelCode().length).toBeGreaterThan(0);
		expect(
			requests.filter((r) => !r.startsWith(url('/')) && !r.startsWith('blob:') && !r.startsWith('data:'))
		).toEqual([]);
		expect(errors).toEqual([]);

		// Escape closes the panel and gives focus back to its button.
		await page.keyboard.press('Escape');
		await expect.poll(() => opener.getAttribute('aria-expanded')).toBe('false');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Pictures for slides');
		await page.context().close();
	});

	it('follows a new selection and the Dutch page, and loads its code only on intent', async () => {
		const { page, requests } = await openPage(browser);
		await page.goto(url('/geneva-2022/'));
		await waitForApp(page);
		expect(requests.filter((r) => /PicturesPanel/.test(r))).toEqual([]);
		// Select an event on the timeline, then take its picture.
		await page.locator('.timeline-plot a[data-event="osce-vienna"]').click();
		await page.waitForURL(/event=osce-vienna/);
		await page.getByRole('button', { name: 'Beelden voor dia’s' }).click();
		const { fileName, bytes } = await download(page, 'Tijdlijn downloaden als SVG');
		expect(fileName).toBe('geneva-2022-timeline-nl-osce-vienna.svg');
		const svg = parseSvg(bytes);
		expect(svg.documentElement.getAttribute('lang')).toBe('nl');
		expect(svg.querySelector('[data-selected="true"]')?.getAttribute('data-event')).toBe('osce-vienna');
		expect(svg.querySelector('[data-credit]')?.textContent).toContain(
			'Bron: een nieuwsartikel in het Nederlands'
		);
		// Without a selection: nothing highlighted, and the name says so.
		await page.goto(url('/geneva-2022/'));
		await waitForApp(page);
		await page.getByRole('button', { name: 'Beelden voor dia’s' }).click();
		const plain = await download(page, 'Kaart downloaden als SVG');
		expect(plain.fileName).toBe('geneva-2022-map-nl.svg');
		expect(parseSvg(plain.bytes).querySelector('[data-selected]')).toBeNull();
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
