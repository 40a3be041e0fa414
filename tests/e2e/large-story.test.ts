/**
 * A large story as it travels to the browser (src/lib/story/compactStory.ts): the timeline draws
 * from the index in the page's language, and the details follow once it is drawn. Exercised on
 * the bench page, which loads a story named in its head, as `npm run bench:timeline` serves it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, url } from './browser';
import { STORY_FILES, withStoryLink } from '../bench/storyLink.js';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const PAGE = '/bench/timeline/';

/** A synthetic story's two files, made by the bench page's own generator. */
async function storyFiles(events: number): Promise<{ index: string; details: string }> {
	const { page } = await openPage(browser);
	await page.goto(url(`${PAGE}?n=1`));
	await page.waitForFunction(() => document.body.dataset.benchReady === 'true');
	const files = await page.evaluate(
		(n) =>
			(
				window as unknown as { benchStory(n: number, seed: number): { index: string; details: string } }
			).benchStory(n, 3),
		events
	);
	await page.context().close();
	return files;
}

/** The bench page with the story named in its head, served from the two files given. */
async function openWithStory(files: {
	index: string;
	details: string;
}): Promise<{ page: Page; requests: string[] }> {
	const watched = await openPage(browser);
	const { page } = watched;
	const html = await (await page.request.get(url(PAGE))).text();
	await page.route(url(PAGE), (route) =>
		route.fulfill({ contentType: 'text/html', body: withStoryLink(html) })
	);
	for (const [name, body] of [
		[STORY_FILES.index, files.index],
		[STORY_FILES.details, files.details]
	])
		await page.route(url(`${PAGE}${name}`), (route) =>
			route.fulfill({ contentType: 'application/json', body })
		);
	await page.goto(url(PAGE));
	await page.waitForFunction(() => document.body.dataset.benchReady !== undefined);
	return watched;
}

describe('a large story: timeline index first, details after', () => {
	it('draws from the index in the page’s language, then adds the details', async () => {
		const files = await storyFiles(1500);
		const { page, requests } = await openWithStory(files);
		expect(await page.evaluate(() => document.body.dataset.benchReady)).toBe('true');
		expect(await page.evaluate(() => document.body.dataset.benchSource)).toBe('fetched');
		expect(await page.locator('.timeline-plot a.mark').count()).toBeGreaterThan(0);
		const labels = await page
			.locator('.timeline-plot a.mark')
			.evaluateAll((marks) => marks.map((mark) => mark.getAttribute('aria-label')));
		const headlines = new Set(JSON.parse(files.index).events.map((row: string[]) => row[4]));
		expect(labels.every((label) => [...headlines].some((h) => label?.endsWith(h as string)))).toBe(true);
		// The details were asked for only once the timeline was drawn.
		const marks = await page.evaluate(() =>
			Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]))
		);
		expect(marks['story-complete']).toBeGreaterThan(marks['timeline-rendered']);
		const asked = (name: string) => requests.findIndex((request) => request.endsWith(name));
		expect(asked(STORY_FILES.details)).toBeGreaterThan(asked(STORY_FILES.index));
		await page.context().close();
	});

	type Files = { index: string; details: string };
	/** `text` (JSON) with one change made to it. */
	const changed = (text: string, change: (data: any) => void) => {
		const data = JSON.parse(text);
		change(data);
		return JSON.stringify(data);
	};
	it.each([
		[
			'details of rows in another order',
			(f: Files) => ({ ...f, details: changed(f.details, (d) => (d.events[0][0] = 'someone-else')) }),
			`story-details.json: events[0][0]: expected the index's id`
		],
		[
			'an index in another language',
			(f: Files) => ({ ...f, index: changed(f.index, (d) => (d.story.lang = 'nl')) }),
			`story-index.json: story.lang: expected "en", the page's language (found: "nl")`
		]
	])('reports bad data with the file, the place and what was expected: %s', async (_, spoil, message) => {
		const spoiled = spoil(await storyFiles(50));
		const { page } = await openWithStory(spoiled);
		expect(await page.evaluate(() => document.body.dataset.benchReady)).toBe('error');
		expect(await page.evaluate(() => document.body.dataset.benchError)).toContain(message);
		await page.context().close();
	});
});
