/**
 * The embed inside host pages, in real headless Chromium. Three host pages (tests/fixtures/
 * embed-hosts) embed it the ways newsrooms do: with the real @newswire/frames parent, the real
 * Pym.js parent, and as WordPress does for an unknown oEmbed provider (sandbox="allow-scripts",
 * #?secret=). The host pages come from a second loopback server, so the embed is cross-origin as
 * on a real news site, and nothing leaves the machine.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INITIAL_EMBED_HEIGHT } from '../../src/lib/embed/heights';
import { VIEWS } from '../../src/lib/embed/options';
import { axeViolations, launchBrowser, openPage, PHONE, url, waitForApp } from './browser';

const EMBED = '/geneva-2022/embed/';
const FILES: Record<string, { path: string; type: string }> = {
	'/frames.html': { path: 'tests/fixtures/embed-hosts/frames.html', type: 'text/html' },
	'/pym.html': { path: 'tests/fixtures/embed-hosts/pym.html', type: 'text/html' },
	'/wordpress.html': { path: 'tests/fixtures/embed-hosts/wordpress.html', type: 'text/html' },
	'/vendor/frames.umd.js': {
		path: 'node_modules/@newswire/frames/dist/frames.umd.js',
		type: 'text/javascript'
	},
	'/vendor/pym.v1.min.js': { path: 'node_modules/pym.js/dist/pym.v1.min.js', type: 'text/javascript' }
};

let browser: Browser;
/** The host pages' own server: another origin (port) on the loopback, as a news site is another host. */
let hostServer: Server;
let HOST: string;

beforeAll(async () => {
	browser = await launchBrowser();
	hostServer = createServer((request, response) => {
		const file = FILES[new URL(request.url ?? '/', 'http://host').pathname];
		if (!file) {
			response.statusCode = request.url === '/favicon.ico' ? 204 : 404;
			return response.end();
		}
		response.setHeader('Content-Type', file.type);
		response.end(readFileSync(file.path, 'utf8').replaceAll('%EMBED%', embedUrl));
	});
	await new Promise<void>((resolve) => hostServer.listen(0, '127.0.0.1', resolve));
	HOST = `http://127.0.0.1:${(hostServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
	await browser?.close();
	await new Promise((resolve) => hostServer?.close(resolve));
});

let embedUrl = '';

/** A host page embedding `embedPath`, and the embed's frame once it runs. */
async function openHost(hostFile: string, embedPath = EMBED, viewport = { width: 900, height: 800 }) {
	embedUrl = url(embedPath);
	const watched = await openPage(browser, { viewport });
	const { page } = watched;
	await page.goto(`${HOST}${hostFile}`);
	const frame = await embedFrame(page);
	await frame.waitForFunction(() => document.body.dataset.hydrated === 'true');
	return { ...watched, frame };
}

async function embedFrame(page: Page): Promise<Frame> {
	await expect.poll(() => page.frames().some((f) => f.url().includes('/embed/'))).toBe(true);
	return page.frames().find((f) => f.url().includes('/embed/'))!;
}

/** The embed's content height, as its own page lays it out. */
const contentHeight = (frame: Frame) =>
	frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const iframeHeight = (page: Page) =>
	page.locator('iframe').evaluate((iframe) => Math.round(iframe.getBoundingClientRect().height));

/** The host's iframe is as tall as the embed's content, within a few pixels (clamped by `max`). */
async function expectFitted(page: Page, frame: Frame, max = Infinity) {
	await expect
		.poll(async () => Math.abs((await iframeHeight(page)) - Math.min(max, await contentHeight(frame))), {
			timeout: 10_000
		})
		.toBeLessThanOrEqual(3);
}

/** Selects an event (the first on the timeline unless named) and waits for the card to show it. */
async function selectInEmbed(frame: Frame, id?: string) {
	await frame
		.locator(id ? `.timeline a.mark[data-event="${id}"]` : '.timeline a.mark')
		.first()
		.click();
	await expect.poll(() => frame.locator('.card .headline').count()).toBe(1);
}

describe.each([
	{ host: '/frames.html', name: '@newswire/frames', max: Infinity },
	{ host: '/pym.html', name: 'Pym.js', max: Infinity },
	{ host: '/wordpress.html', name: 'WordPress (sandboxed, opaque origin)', max: 1000 }
])('embedded with $name', ({ host, max }) => {
	it('fits its content after load, after the host narrows, and after a selection', async () => {
		const { page, frame, requests, errors } = await openHost(host);
		await expectFitted(page, frame, max);
		const wide = await contentHeight(frame);

		await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
		await expect.poll(() => contentHeight(frame)).not.toBe(wide);
		await expectFitted(page, frame, max);

		const before = await contentHeight(frame);
		await selectInEmbed(frame);
		await expect.poll(() => contentHeight(frame)).not.toBe(before);
		await expectFitted(page, frame, max);

		const embedOrigin = new URL(url('/')).origin;
		const elsewhere = requests.filter((r) => !r.startsWith(HOST) && !r.startsWith(embedOrigin));
		expect(elsewhere).toEqual([]);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});

describe('embed page', () => {
	it('works in an opaque origin: the app runs, selection keeps the host page history', async () => {
		const { page, frame } = await openHost('/wordpress.html');
		expect(await frame.evaluate(() => window.origin)).toBe('null');
		const historyBefore = await page.evaluate(() => history.length);
		await selectInEmbed(frame, 'nato-russia-council');
		await expect.poll(() => new URL(frame.url()).searchParams.get('event')).toBe('nato-russia-council');
		expect(await page.evaluate(() => history.length)).toBe(historyBefore);
		await page.context().close();
	});

	it('answers its parent at once and ignores messages from any other window', async () => {
		const { page, frame } = await openHost('/frames.html');
		await expectFitted(page, frame);
		const sizes = () => page.evaluate(() => (window as unknown as { sizes: number }).sizes);
		await page.evaluate(() => {
			const w = window as unknown as { sizes: number };
			w.sizes = 0;
			const embed = document.getElementById('embed') as HTMLIFrameElement;
			window.addEventListener('message', (event) => {
				if (event.source === embed.contentWindow && event.data?.type === 'embed-size') w.sizes += 1;
			});
		});
		// Another window on the host page (an ad, say) asks the embed for its size: ignored.
		await page.evaluate(() => {
			const stranger = document.createElement('iframe');
			stranger.title = 'stranger';
			stranger.srcdoc = `<script>parent.document.getElementById('embed').contentWindow.postMessage({ sentinel: 'amp', type: 'frames-init' }, '*'); parent.postMessage('stranger-asked', '*');</script>`;
			document.body.append(stranger);
		});
		await page.waitForTimeout(500);
		expect(await sizes()).toBe(0);
		// The parent asks the same: answered at once, although the height has not changed.
		await page.evaluate(() =>
			(document.getElementById('embed') as HTMLIFrameElement).contentWindow!.postMessage(
				{ sentinel: 'amp', type: 'frames-init' },
				'*'
			)
		);
		await expect.poll(sizes).toBe(1);
		await page.context().close();
	});

	it.each(VIEWS)('starts as tall as embed snippets reserve for it (view=%s)', async (view) => {
		// A 640 px column, a usual article width: the snippet's height must match what the reader
		// sees once the embed runs, or the host page jumps. Update heights.ts when this drifts.
		const { page } = await openPage(browser, { viewport: { width: 640, height: 800 } });
		await page.goto(url(`${EMBED}?view=${view}`));
		await waitForApp(page);
		const height = await page.evaluate(() =>
			Math.ceil(document.documentElement.getBoundingClientRect().height)
		);
		expect(Math.abs(height - INITIAL_EMBED_HEIGHT[view])).toBeLessThanOrEqual(16);
		await page.context().close();
	});

	it('keeps its vertical timeline compact on a phone', async () => {
		// Time runs downward below 600 px; the embed asks for a 400 px axis (the full page: 560).
		const { page } = await openPage(browser, { viewport: PHONE });
		await page.goto(url(EMBED));
		await waitForApp(page);
		await expect
			.poll(() => page.locator('svg.timeline-plot').getAttribute('viewBox'))
			.toMatch(/^0 0 \d+ 488$/);
		await page.context().close();
	});

	it('speaks every height format host pages listen for, and answers Pym and WordPress at once', async () => {
		const watched = await openPage(browser, { viewport: { width: 900, height: 800 } });
		const { page } = watched;
		// The host records what the embed posts, from the first message on.
		await page.addInitScript(() => {
			if (window !== window.top) return;
			const seen: unknown[] = [];
			(window as unknown as { seen: unknown[] }).seen = seen;
			window.addEventListener('message', (event) => {
				if (event.source === document.querySelector('iframe')?.contentWindow) seen.push(event.data);
			});
		});
		embedUrl = url(`${EMBED}?childId=story-1#?secret=Abc123`);
		await page.goto(`${HOST}/frames.html`);
		const frame = await embedFrame(page);
		await frame.waitForFunction(() => document.body.dataset.hydrated === 'true');
		const height = await contentHeight(frame);
		const seen = () => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
		await expect
			.poll(seen)
			.toEqual(
				expect.arrayContaining([
					{ sentinel: 'amp', type: 'embed-size', height },
					`pymxPYMxstory-1xPYMxheightxPYMx${height}`,
					JSON.stringify({ src: frame.url(), context: 'iframe.resize', height }),
					{ secret: 'Abc123', message: 'height', value: height }
				])
			);
		// A Pym parent's width and WordPress's ready each get the height again at once.
		for (const ask of ['pymxPYMxstory-1xPYMxwidthxPYMx900', { message: 'ready', secret: 'Abc123' }]) {
			const before = (await seen()).length;
			await page.evaluate(
				(message) => document.querySelector('iframe')!.contentWindow!.postMessage(message, '*'),
				ask
			);
			await expect.poll(async () => (await seen()).length).toBe(before + 4);
		}
		await page.context().close();
	});

	it("follows the reader's system colours with theme=auto", async () => {
		for (const colorScheme of ['dark', 'light'] as const) {
			const { page } = await openPage(browser, { colorScheme });
			await page.goto(url(`${EMBED}?theme=auto`));
			expect(await page.locator('html').getAttribute('data-theme')).toBe(colorScheme);
			await page.context().close();
		}
	});

	it('falls back to the default embed for garbage options', async () => {
		const { page, errors } = await openPage(browser);
		await page.goto(
			url(`${EMBED}?lang=xx&theme=%3Cscript%3E&view=everything&event=nope&plain=maybe&childId=a%22b`)
		);
		await waitForApp(page);
		expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
		expect(await page.locator('html').getAttribute('lang')).toBe('nl');
		expect(
			await page.locator('details.panel').evaluateAll((all) => all.map((d) => (d as HTMLDetailsElement).open))
		).toEqual([true, false, false]);
		expect(await page.locator('h1').count()).toBe(1);
		expect(await page.locator('.card .headline').count()).toBe(0);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('honours lang, theme, view, event and plain', async () => {
		const { page } = await openPage(browser);
		await page.goto(url(`${EMBED}?lang=en&theme=dark&view=both&event=osce-vienna&plain=1`));
		await waitForApp(page);
		await expect.poll(() => new URL(page.url()).pathname).toBe('/en/geneva-2022/embed/');
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
		expect(
			await page.locator('details.panel').evaluateAll((all) => all.map((d) => (d as HTMLDetailsElement).open))
		).toEqual([true, true, false]);
		expect(await page.locator('h1').count()).toBe(0);
		await expect.poll(() => page.locator('.card .headline').textContent()).toContain('OSCE');
		await page.context().close();
	});

	it('is marked noindex, names the full story as canonical, opens it in the top window and has a social card', async () => {
		const { page } = await openPage(browser);
		await page.goto(url(EMBED));
		expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
		expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/geneva-2022\/$/);
		const full = page.locator('footer a[target="_top"]');
		expect(await full.getAttribute('href')).toMatch(/\/geneva-2022\/$/);
		// The social card: its address is absolute (the configured site), the file is ours.
		const image = await page.locator('meta[property="og:image"]').getAttribute('content');
		expect(image).toMatch(/^https?:\/\/.+\/geneva-2022\/card\.png$/);
		const card = await page.request.get(url('/geneva-2022/card.png'));
		expect([card.status(), card.headers()['content-type']]).toEqual([200, 'image/png']);
		expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(
			'Genève, Brussel, Wenen'
		);
		await page.context().close();
	});

	it.each([
		{ name: 'phone', viewport: PHONE, query: '' },
		{ name: 'desktop', viewport: { width: 1280, height: 900 }, query: '?view=both' },
		{ name: 'dark desktop', viewport: { width: 1280, height: 900 }, query: '?theme=dark&view=both' }
	])('has no axe violations ($name)', async ({ viewport, query }) => {
		const { page } = await openPage(browser, { viewport });
		await page.goto(url(`${EMBED}${query}`));
		await waitForApp(page);
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});
