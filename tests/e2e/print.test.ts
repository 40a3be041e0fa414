/**
 * The print handout in real headless Chromium: printed to PDF at A4 and at Letter, the PDF holds
 * the event table and every paragraph of the article with its number, and no figure is cut
 * across two pages. The page is reachable from the story and the presentation, works without
 * JavaScript (it has none but its print button), and axe finds nothing at phone and desktop sizes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateRange } from '../../src/lib/i18n/formatDate';
import type { Lang } from '../../src/lib/i18n/lang';
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
import { pdfPages, squeeze } from './pdfText';

const story = loadStory('geneva-2022');
const PRINT: Record<Lang, string> = { nl: '/geneva-2022/print/', en: '/en/geneva-2022/print/' };
/** Paper sizes in CSS px (96 per inch) and the handout's @page margins (14 + 16 mm, 15 + 15 mm). */
const PAPER = {
	A4: { width: (210 / 25.4) * 96, height: (297 / 25.4) * 96 },
	Letter: { width: 8.5 * 96, height: 11 * 96 }
} as const;
const MARGINS = { vertical: (30 / 25.4) * 96, horizontal: (30 / 25.4) * 96 };
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Each figure's own words (its SVG text, its caption), read from the page. */
function figureTexts(page: Page): Promise<Record<string, string[]>> {
	return page.evaluate(() =>
		Object.fromEntries(
			[...document.querySelectorAll('figure')].map((figure) => [
				figure.className.split(' ')[0],
				[...figure.querySelectorAll('h2, svg text, figcaption')].map((node) => node.textContent ?? '')
			])
		)
	);
}

describe('print handout', () => {
	for (const lang of ['nl', 'en'] as const) {
		for (const format of ['A4', 'Letter'] as const) {
			it(`prints in ${lang} on ${format}: the event table, every paragraph, no figure cut`, async () => {
				const { page, requests, errors } = await openPage(browser);
				await page.goto(url(PRINT[lang]));
				const figures = await figureTexts(page);
				expect(Object.keys(figures).sort()).toEqual(['map', 'timeline']);

				const pdf = await page.pdf({ format });
				const pages = await pdfPages(pdf);
				// Footers count the pages: "1 / 6" … "6 / 6".
				expect(pages.length).toBeGreaterThanOrEqual(4);
				pages.forEach((text, i) => expect(text).toContain(`${i + 1} / ${pages.length}`));
				const all = squeeze(pages.map((text, i) => text.replace(`${i + 1} / ${pages.length}`, '')).join(' '));

				// The table: every event's number, date, place, headline, summary and quotes with their paragraphs.
				story.events.forEach((event) => {
					for (const text of [
						formatDateRange(event.start, event.end, lang, 'short'),
						event.headline[lang],
						event.summary[lang],
						...event.sources.map((source) => `¶${source.paragraphNumber}“${source.quote}”`)
					])
						expect(all, `${event.id}: ${text}`).toContain(squeeze(text));
				});

				// The article: every paragraph with its number, in order; quoted words carry their event's
				// number (a superscript right after the quote), which the pattern allows there.
				let from = 0;
				for (const paragraph of story.article.paragraphs) {
					const ends = [
						...new Set(
							story.events
								.flatMap((event) => event.sources)
								.filter((s) => s.paragraph === paragraph.id)
								.map((s) => s.end)
						)
					].sort((a, b) => a - b);
					const pieces: string[] = [];
					let at = 0;
					for (const end of [...ends, paragraph.text.length]) {
						pieces.push(squeeze(paragraph.text.slice(at, end)));
						at = end;
					}
					const pattern = new RegExp(`¶${paragraph.number}${pieces.map(escape).join('(?:[0-9,]+)?')}`, 'g');
					pattern.lastIndex = from;
					const found = pattern.exec(all);
					expect(found, `paragraph ${paragraph.number} in order`).not.toBeNull();
					from = found!.index + found![0].length;
				}

				// No figure is cut: one page holds every word of each figure (the first lane's labels at
				// its top, the legend or the scale bar and caption at its bottom) ...
				for (const [name, texts] of Object.entries(figures)) {
					const whole = pages.filter((text) => texts.every((t) => squeeze(text).includes(squeeze(t))));
					expect(whole.length, `${name} on one page`).toBeGreaterThanOrEqual(1);
				}
				// ... and each figure fits in a page's printable box at this paper's width, with the
				// rule that keeps it whole.
				await page.emulateMedia({ media: 'print' });
				await page.setViewportSize({
					width: Math.floor(PAPER[format].width - MARGINS.horizontal),
					height: Math.floor(PAPER[format].height - MARGINS.vertical)
				});
				const boxes = await page.evaluate(() =>
					[...document.querySelectorAll('figure')].map((figure) => ({
						height: figure.getBoundingClientRect().height,
						width: figure.querySelector('svg')!.getBoundingClientRect().width,
						rule: getComputedStyle(figure).breakInside
					}))
				);
				for (const box of boxes) {
					expect(box.rule).toBe('avoid');
					expect(box.height).toBeLessThan(PAPER[format].height - MARGINS.vertical);
					expect(box.width).toBeLessThanOrEqual(PAPER[format].width - MARGINS.horizontal);
				}
				expect(otherHostRequests(requests)).toEqual([]);
				expect(errors).toEqual([]);
				await page.context().close();
			});
		}
	}

	it('keeps the figures vector and in black and white, and its one script only wires the Print button', async () => {
		const { page } = await openPage(browser);
		await page.goto(url(PRINT.en));
		// Vector drawings inline (no raster image), the base map nested in the map.
		expect(await page.locator('figure img, figure canvas').count()).toBe(0);
		expect(await page.locator('figure.map svg svg path').count()).toBeGreaterThan(20);
		// Only greys: every colour in the figures has equal red, green and blue.
		const colours = await page.evaluate(() =>
			[...document.querySelectorAll('figure svg *')].flatMap((node) =>
				['fill', 'stroke']
					.map((a) => node.getAttribute(a))
					.filter((v): v is string => !!v && v.startsWith('#'))
			)
		);
		const notGrey = [...new Set(colours)].filter((c) => !/^#([0-9a-f]{2})\1\1$/i.test(c));
		// The base map's own pale colours are near-grey fills; the overlay must be pure grey.
		const overlayColours = await page.evaluate(() =>
			[
				...document.querySelectorAll(
					'figure.timeline svg *, figure.map > svg > :not(svg) , figure.map > svg > g *'
				)
			]
				.flatMap((node) => ['fill', 'stroke'].map((a) => node.getAttribute(a)))
				.filter((v): v is string => !!v && v.startsWith('#'))
		);
		expect([...new Set(overlayColours)].filter((c) => !/^#([0-9a-f]{2})\1\1$/i.test(c))).toEqual([]);
		expect(notGrey.length).toBeLessThan(colours.length);
		// The Print button is shown by the script and opens the print dialog.
		const button = page.getByRole('button', { name: 'Print' });
		await expect.poll(() => button.isVisible()).toBe(true);
		await page.evaluate(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => (window as unknown as { printed: number }).printed++;
		});
		await button.press('Enter');
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
		// No SvelteKit client: the handout is static.
		expect(await page.locator('script[type="module"], link[rel="modulepreload"]').count()).toBe(0);
		await page.context().close();
	});

	it('hides the Print button without JavaScript and is linked from the story and the presentation', async () => {
		const { page } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(url(PRINT.nl));
		expect(await page.getByRole('button', { name: 'Afdrukken' }).count()).toBe(0);
		await expect.poll(() => page.locator('table tbody tr').count()).toBe(story.events.length);
		await page.context().close();

		const live = await openPage(browser);
		await live.page.goto(url('/en/geneva-2022/'));
		await waitForApp(live.page);
		await live.page.getByRole('link', { name: 'Print handout' }).click();
		await live.page.waitForURL(/\/en\/geneva-2022\/print\/$/);
		expect(await live.page.locator('h1').textContent()).toBe(story.title.en);
		await live.page.goto(url('/geneva-2022/present/'));
		await waitForApp(live.page);
		await live.page.getByRole('link', { name: 'Hand-out afdrukken' }).click();
		await live.page.waitForURL(/\/geneva-2022\/print\/$/);
		expect(await live.page.locator('table tbody tr').count()).toBe(story.events.length);
		expect(live.errors).toEqual([]);
		await live.page.context().close();
	});

	it.each([
		['a phone', PHONE],
		['a desktop', DESKTOP]
	])('has no axe violations on %s', async (_name, viewport) => {
		const { page } = await openPage(browser, { viewport });
		for (const path of Object.values(PRINT)) {
			await page.goto(url(path));
			expect(await axeViolations(page)).toEqual([]);
		}
		await page.context().close();
	});
});
