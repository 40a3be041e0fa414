/**
 * Adding a story is adding a folder: every story in data/stories is listed on the index, and
 * every route is prerendered for it in both languages, readable and accessible. Also the story
 * page's downloads: links with file names, served with the right types and content.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../src/lib/i18n/lang';
import { localizedPath, storyPath } from '../../src/lib/i18n/paths';
import { listStorySlugs, loadStory } from '../../src/lib/story/loadStory';
import { axeViolations, DESKTOP, launchBrowser, openPage, PHONE, url, waitForApp } from './browser';

const SLUGS = listStorySlugs();
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

async function get(path: string) {
	const response = await fetch(url(path));
	return {
		status: response.status,
		type: response.headers.get('content-type') ?? '',
		body: await response.text()
	};
}

describe('every story in data/stories', () => {
	it('is more than one, so "adding a story" is proven, not assumed', () => {
		expect(SLUGS.length).toBeGreaterThanOrEqual(2);
	});

	it.each(LANGS)('is listed on the %s index', async (lang) => {
		const { page } = await openPage(browser);
		await page.goto(url(localizedPath(lang, '/')));
		// Links are relative in the HTML (kit.paths.relative); the browser resolves them.
		const links = await page
			.locator('main a')
			.evaluateAll((as) => as.map((a) => [(a as HTMLAnchorElement).href, a.textContent?.trim()]));
		for (const slug of SLUGS) {
			expect(links).toContainEqual([url(storyPath(lang, slug)), loadStory(slug).title[lang]]);
		}
		await page.context().close();
	});

	describe.each(SLUGS)('%s', (slug) => {
		const story = loadStory(slug);

		it.each(LANGS)('has every route prerendered in %s', async (lang) => {
			const checks: [string, RegExp, (body: string) => void][] = [
				['', /^text\/html/, (b) => expect(b).toContain(story.title[lang])],
				['embed/', /^text\/html/, (b) => expect(b).toContain(story.title[lang])],
				['present/', /^text\/html/, (b) => expect(b).toContain(story.title[lang])],
				[
					'print/',
					/^text\/html/,
					(b) => {
						expect(b).toContain(story.title[lang]);
						// The handout draws the map only for a story that has places.
						expect(b.includes('id="handout-map-heading"')).toBe(Object.keys(story.places).length > 0);
					}
				],
				['oembed.json', /^application\/json/, (b) => expect(JSON.parse(b).title).toBe(story.title[lang])],
				['card.png', /^image\/png/, (b) => expect(b.length).toBeGreaterThan(1000)],
				[
					'story.ics',
					/^text\/calendar/,
					(b) => expect(b.match(/BEGIN:VEVENT/g)).toHaveLength(story.events.length)
				],
				[
					'story.csv',
					/^text\/csv/,
					(b) => expect(b.trimEnd().split('\r\n')).toHaveLength(story.events.length + 1)
				],
				[
					'story.timeline.json',
					/^application\/json/,
					(b) => expect(JSON.parse(b).events).toHaveLength(story.events.length)
				]
			];
			for (const [file, type, check] of checks) {
				const response = await get(storyPath(lang, slug, file));
				expect(response.status, `${storyPath(lang, slug, file)}`).toBe(200);
				expect(response.type).toMatch(type);
				check(response.body);
			}
			// The base maps exist for a story with places; one without shows no map.
			const hasMap = Object.keys(story.places).length > 0;
			for (const frame of ['wide', 'tall']) {
				const map = await get(`/maps/${slug}/${frame}.svg`);
				expect(map.status).toBe(hasMap ? 200 : 404);
				if (hasMap) expect(map.type).toMatch(/^image\/svg\+xml/);
			}
		});

		// The embed and the presentation reuse the page's parts; their own tests scan them with axe.
		it.each([
			['phone', PHONE],
			['desktop', DESKTOP]
		] as const)('page: zero axe violations at %s width, no errors', async (_, viewport) => {
			const { page, errors } = await openPage(browser, { viewport });
			await page.goto(url(storyPath('nl', slug)));
			await waitForApp(page);
			expect(await axeViolations(page)).toEqual([]);
			expect(errors).toEqual([]);
			// A story without places shows no empty map, and offers no picture of one.
			const hasMap = Object.keys(story.places).length > 0;
			expect(await page.locator('#map-heading').count()).toBe(hasMap ? 1 : 0);
			await page.getByRole('button', { name: 'Beelden voor dia’s' }).click();
			await page.getByRole('button', { name: 'Tijdlijn downloaden als SVG' }).waitFor();
			expect(await page.getByRole('button', { name: /^Kaart downloaden/ }).count()).toBe(hasMap ? 2 : 0);
			await page.context().close();
		});

		it('offers its data as downloads named by story and language', async () => {
			const { page } = await openPage(browser);
			await page.goto(url(storyPath('en', slug)));
			await waitForApp(page);
			const links = page.locator('.downloads a[download]');
			expect(await links.count()).toBe(3);
			const expected = [
				['Calendar (.ics)', `${slug}-en.ics`, /^BEGIN:VCALENDAR/],
				['Spreadsheet (.csv)', `${slug}-en.csv`, /^\uFEFFid,start,end/],
				['TimelineJS (.json)', `${slug}-en.timeline.json`, /^\{\s*"title"/]
			] as const;
			for (const [index, [label, name, content]] of expected.entries()) {
				const link = links.nth(index);
				expect(await link.textContent()).toBe(label);
				const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
				expect(download.suggestedFilename()).toBe(name);
				const path = await download.path();
				const { readFileSync } = await import('node:fs');
				expect(readFileSync(path, 'utf8')).toMatch(content);
			}
			await page.context().close();
		});
	});
});

describe('downloads on the Dutch page', () => {
	it('have Dutch labels and Dutch files', async () => {
		const { page } = await openPage(browser);
		await page.goto(url('/geneva-2022/'));
		expect(await page.locator('#downloads-heading').textContent()).toBe('Gegevens downloaden');
		const ics = page.locator('.downloads a[data-format="ics"]');
		expect(await ics.getAttribute('download')).toBe('geneva-2022-nl.ics');
		const { body } = await get((await ics.getAttribute('href'))!);
		expect(body).toContain('SUMMARY;LANGUAGE=nl:NAVO-Ruslandraad in Brussel');
		await page.context().close();
	});
});
