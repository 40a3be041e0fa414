/**
 * The embed's own client (src/lib/embed/client.ts): no SvelteKit router, the prerendered markup
 * hydrated in place by one classic script, and the timeline's gestures in plain Pointer Events
 * (src/lib/embed/gestures) instead of d3-zoom and d3-brush.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, span, timeWindow, url, waitForApp } from './browser';

const EMBED = '/en/geneva-2022/embed/';
const DAY = 86_400_000;

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

async function openEmbed(query = '') {
	const watched = await openPage(browser, { viewport: { width: 900, height: 900 } });
	await watched.page.goto(url(`${EMBED}${query}`));
	await waitForApp(watched.page);
	await watched.page.waitForSelector('.timeline-plot[data-gestures="ready"]');
	await watched.page.waitForSelector('svg.overview .brush[data-ready="true"]');
	return watched;
}

describe('the embed client', () => {
	it('shows the prerendered story before its script runs, then hydrates that markup in place', async () => {
		// On a phone: the timeline is prerendered in its phone (vertical) layout and keeps it.
		const { page, requests, errors } = await openPage(browser, { viewport: PHONE });
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/embed/embed-*.js', async (route) => {
			await held;
			await route.continue();
		});
		// A deferred script holds DOMContentLoaded back: wait for the parser to reach the page's end.
		await page.goto(url(EMBED), { waitUntil: 'commit' });
		await page.waitForSelector('#embed-props', { state: 'attached' });
		// Before any app script: the story, its timeline marks and the card are there to read.
		expect(await page.locator('main.embed h1').textContent()).toBe('Geneva, Brussels, Vienna');
		expect(await page.locator('.timeline a.mark').count()).toBeGreaterThan(2);
		// Tag the prerendered nodes: hydration keeps them, a fresh render would replace them.
		await page.evaluate(() => {
			for (const node of document.querySelectorAll(
				'main.embed, .card, details.panel, svg.timeline-plot, svg.overview'
			))
				(node as unknown as { prerendered: boolean }).prerendered = true;
		});
		release();
		await waitForApp(page);
		expect(
			await page.evaluate(() =>
				[
					...document.querySelectorAll('main.embed, .card, details.panel, svg.timeline-plot, svg.overview')
				].every((node) => (node as unknown as { prerendered?: boolean }).prerendered === true)
			)
		).toBe(true);
		// And it works: a click selects, in the card and the URL.
		await page.locator('.timeline a.mark[data-event="osce-vienna"]').click();
		await expect.poll(() => page.locator('.card .headline').textContent()).toContain('OSCE');
		expect(new URL(page.url()).searchParams.get('event')).toBe('osce-vienna');

		// Two scripts only: child.js and the English embed script. No SvelteKit client, no modules.
		const scripts = requests.filter((r) => r.endsWith('.js')).map((r) => new URL(r).pathname);
		expect(scripts).toEqual([
			expect.stringMatching(/^\/_app\/immutable\/embed\/child\.[\w-]+\.js$/),
			expect.stringMatching(/^\/_app\/immutable\/embed\/embed-en\.[\w-]+\.js$/)
		]);
		expect(await page.locator('script[type="module"]').count()).toBe(0);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('does not jump on a phone when its script arrives after the first paint', async () => {
		const { page } = await openPage(browser, { viewport: PHONE });
		await page.addInitScript(() => {
			const shifts: number[] = [];
			(window as unknown as { shifts: number[] }).shifts = shifts;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries())
					shifts.push((entry as PerformanceEntry & { value: number }).value);
			}).observe({ type: 'layout-shift', buffered: true });
		});
		// A slow network: the prerendered page paints well before the script runs.
		await page.route('**/_app/immutable/embed/embed-*.js', async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 800));
			await route.continue();
		});
		await page.goto(url(EMBED));
		await waitForApp(page);
		await page.waitForTimeout(300);
		expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
		await page.context().close();
	});

	it('zooms with the wheel and pans with a drag; a drag that ends on a mark does not select it', async () => {
		const { page, errors } = await openEmbed();
		const initial = await timeWindow(page);
		const box = (await page.locator('.timeline-plot').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.wheel(0, -300);
		await expect.poll(async () => span(await timeWindow(page))).toBeLessThan(span(initial));
		// The instant under the pointer stays put: the window shrank around the middle.
		const zoomed = await timeWindow(page);
		expect(Math.abs((zoomed[0] + zoomed[1]) / 2 - (initial[0] + initial[1]) / 2)).toBeLessThan(
			span(initial) / 10
		);

		const mark = (await page.locator('.timeline a.mark').first().boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.9, mark.y + mark.height / 2);
		await page.mouse.down();
		await page.mouse.move(mark.x + mark.width / 2, mark.y + mark.height / 2, { steps: 8 });
		await page.mouse.up();
		await expect.poll(async () => (await timeWindow(page))[0]).toBeGreaterThan(zoomed[0]);
		expect(span(await timeWindow(page))).toBeCloseTo(span(zoomed), -3);
		expect(new URL(page.url()).searchParams.get('event')).toBeNull();
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('pinches to zoom with two fingers', async () => {
		const { page } = await openEmbed();
		const initial = await timeWindow(page);
		const box = (await page.locator('.timeline-plot').boundingBox())!;
		const cdp = await page.context().newCDPSession(page);
		const y = box.y + box.height / 2;
		const touches = (spread: number) => [
			{ x: box.x + box.width / 2 - spread, y, id: 1 },
			{ x: box.x + box.width / 2 + spread, y, id: 2 }
		];
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: touches(40) });
		for (const spread of [60, 90, 120, 160])
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: touches(spread) });
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		// Fingers four times as far apart: a quarter of the span.
		await expect.poll(async () => span(await timeWindow(page)) / span(initial)).toBeCloseTo(0.25, 1);
		await page.context().close();
	});

	it('draws a window on the overview, moves it by dragging, and centres it on a click', async () => {
		const { page } = await openEmbed();
		const overview = (await page.locator('svg.overview').boundingBox())!;
		await page.mouse.move(overview.x + overview.width * 0.1, overview.y + 10);
		await page.mouse.down();
		await page.mouse.move(overview.x + overview.width * 0.35, overview.y + 10, { steps: 6 });
		await page.mouse.up();
		const drawn = await timeWindow(page);
		expect(new Date(drawn[0]).getUTCFullYear()).toBeLessThan(2020);
		expect(span(drawn)).toBeGreaterThan(200 * DAY);
		await expect.poll(() => page.locator('a.mark[data-event="nato-russia-council-2019"]').count()).toBe(1);

		// The drawn window is the brush's selection: drag it to the right.
		const selection = (await page.locator('svg.overview .brush .selection').boundingBox())!;
		await page.mouse.move(selection.x + selection.width / 2, overview.y + 10);
		await page.mouse.down();
		await page.mouse.move(selection.x + selection.width / 2 + 60, overview.y + 10, { steps: 6 });
		await page.mouse.up();
		const moved = await timeWindow(page);
		expect(moved[0]).toBeGreaterThan(drawn[0]);
		expect(span(moved)).toBeCloseTo(span(drawn), -5);

		// A click near the right end centres the window there.
		await page.mouse.click(overview.x + overview.width * 0.95, overview.y + 10);
		const centred = await timeWindow(page);
		expect(centred[0]).toBeGreaterThan(moved[0]);
		await page.context().close();
	});
});

describe('hosting', () => {
	let server: Server;
	let hostServer: Server;
	beforeAll(async () => {
		// The built site without any CORS header, as a plain static host serves it.
		const serve = sirv('build', { dev: false, extensions: ['html'] });
		server = createServer((request, response) => serve(request, response));
		hostServer = createServer((_request, response) => {
			response.setHeader('Content-Type', 'text/html');
			const port = (server.address() as AddressInfo).port;
			const embed = `http://127.0.0.1:${port}${EMBED}`;
			response.end(
				readFileSync('tests/fixtures/embed-hosts/wordpress.html', 'utf8').replaceAll('%EMBED%', embed)
			);
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		await new Promise<void>((resolve) => hostServer.listen(0, '127.0.0.1', resolve));
	});
	afterAll(async () => {
		await new Promise((resolve) => server?.close(resolve));
		await new Promise((resolve) => hostServer?.close(resolve));
	});

	it('runs in a WordPress sandbox (opaque origin) from a host that sends no CORS headers', async () => {
		const { page, errors } = await openPage(browser);
		await page.goto(`http://127.0.0.1:${(hostServer.address() as AddressInfo).port}/`);
		await expect.poll(() => page.frames().some((f) => f.url().includes('/embed/'))).toBe(true);
		const frame = page.frames().find((f) => f.url().includes('/embed/'))!;
		await frame.waitForFunction(() => document.body.dataset.hydrated === 'true');
		expect(await frame.evaluate(() => window.origin)).toBe('null');
		await frame.locator('.timeline a.mark[data-event="osce-vienna"]').click();
		await expect.poll(() => frame.locator('.card .headline').textContent()).toContain('OSCE');
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
