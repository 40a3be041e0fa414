/**
 * Embedding, seen from a newsroom: the story page's embed-code dialog by keyboard, copying,
 * the oEmbed JSON it advertises, and the parent script resizing our frame on a host page.
 * The embed page itself is another branch's: here the preview's src is checked, not its content.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteUrl } from '$lib/site';
import { axeViolations, launchBrowser, openPage, url, waitForApp } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const focused = (page: Page) =>
	page.evaluate(() => {
		const element = document.activeElement as HTMLInputElement | null;
		return {
			tag: element?.tagName,
			name: element?.name ?? '',
			value: element?.value ?? '',
			text: element?.textContent?.trim()
		};
	});

/** Presses Tab until the focused element passes `test` (keyboard alone, as a reader would). */
async function tabTo(page: Page, test: (f: Awaited<ReturnType<typeof focused>>) => boolean) {
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		if (test(await focused(page))) return;
	}
	throw new Error(`Tab never reached the element; last: ${JSON.stringify(await focused(page))}`);
}

async function openDialogByKeyboard(path = '/geneva-2022/') {
	const watched = await openPage(browser);
	await watched.page.goto(url(path));
	await waitForApp(watched.page);
	await tabTo(watched.page, (f) => f.tag === 'BUTTON' && (f.text === 'Insluiten' || f.text === 'Embed'));
	await watched.page.keyboard.press('Enter');
	const dialog = watched.page.getByRole('dialog');
	await expect.poll(() => dialog.isVisible()).toBe(true);
	return { ...watched, dialog };
}

const code = (page: Page) => page.getByRole('dialog').getByRole('textbox').inputValue();
const previewSrc = (page: Page) => page.locator('dialog iframe').getAttribute('src');

describe('embed-code dialog', () => {
	it('opens by keyboard, follows the options in code and preview, copies, closes with Esc', async () => {
		const { page, dialog } = await openDialogByKeyboard();
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url('/') });
		expect(await code(page)).toMatch(new RegExp(`^<iframe src="${siteUrl()}/geneva-2022/embed/" `));
		expect(await previewSrc(page)).toBe('/geneva-2022/embed/');

		await tabTo(page, (f) => f.name.endsWith('-theme'));
		await page.keyboard.press('ArrowRight');
		await tabTo(page, (f) => f.name.endsWith('-view'));
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => previewSrc(page)).toBe('/geneva-2022/embed/?theme=dark&view=map');
		expect(await code(page)).toContain(`src="${siteUrl()}/geneva-2022/embed/?theme=dark&amp;view=map"`);

		await tabTo(page, (f) => f.text === 'Kopiëren');
		await page.keyboard.press('Enter');
		await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Gekopieerd');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code(page));

		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.isVisible()).toBe(false);
		expect(await focused(page)).toMatchObject({ tag: 'BUTTON', text: 'Insluiten' });
		// The preview goes with the dialog (polled: on a busy machine it may take a moment).
		await expect.poll(() => page.locator('dialog iframe').count()).toBe(0);
		await page.context().close();
	});

	it('has no axe violations with the dialog open (English page)', async () => {
		const { page } = await openDialogByKeyboard('/en/geneva-2022/');
		expect(await page.getByRole('dialog').getByRole('heading', { level: 2 }).textContent()).toBe(
			'Embed in a news page'
		);
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});

	it('without JavaScript there is no Embed button that would do nothing', async () => {
		const { page } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(url('/geneva-2022/'));
		expect(await page.locator('h1').count()).toBe(1);
		expect(await page.getByRole('button', { name: 'Insluiten' }).count()).toBe(0);
		await page.context().close();
	});
});

describe('oEmbed', () => {
	it.each([
		['/geneva-2022/', 'Genève, Brussel, Wenen'],
		['/en/geneva-2022/', 'Geneva, Brussels, Vienna']
	])('%s advertises a valid rich oEmbed JSON that embeds the story', async (path, title) => {
		const page = await (await browser.newContext()).newPage();
		await page.goto(url(path));
		const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
		const href = (await link.getAttribute('href'))!;
		expect(href).toBe(`${siteUrl()}${path}oembed.json`);
		expect(await link.getAttribute('title')).toBe(title);

		// The site URL is the public one; the same path is served here by the built site.
		const response = await page.request.get(url(new URL(href).pathname));
		expect(response.status()).toBe(200);
		const oembed = JSON.parse(await response.text());
		expect(oembed).toMatchObject({ type: 'rich', version: '1.0', title, width: 640 });
		expect(oembed.height).toBeGreaterThanOrEqual(100);
		expect([oembed.thumbnail_url, oembed.thumbnail_width, oembed.thumbnail_height].every(Boolean)).toBe(true);

		await page.setContent(oembed.html);
		const iframe = page.locator('iframe[data-timeline-embed]');
		expect(await iframe.getAttribute('src')).toBe(`${siteUrl()}${path}embed/`);
		expect(await iframe.getAttribute('title')).toContain(title);
		await page.context().close();
	});
});

describe('parent script (static/embed/frames.js) on a host page', () => {
	const fixture = (name: string) => readFileSync(`tests/fixtures/embed-host/${name}`, 'utf8');

	async function openHost() {
		const { page, errors } = await openPage(browser);
		// Host and child come from this server; the child's sandbox (no allow-same-origin) gives it an
		// opaque origin, as on a real host page. (Chromium blocks a localhost child in a 127.0.0.1 page.)
		const childUrl = url('/__fixtures/frames-child.html');
		await page.context().route(
			(address) => address.pathname.startsWith('/__fixtures/'),
			(route) => {
				const name = new URL(route.request().url()).pathname.split('/').pop()!;
				const body = fixture(name).replace(/CHILD_URL/g, childUrl);
				return route.fulfill({ contentType: 'text/html', body });
			}
		);
		await page.goto(url('/__fixtures/frames-parent.html'));
		const child = async (name: string): Promise<Frame> => {
			await expect.poll(() => page.frames().some((f) => f.url().endsWith(`name=${name}`))).toBe(true);
			return page.frames().find((f) => f.url().endsWith(`name=${name}`))!;
		};
		const ours = await child('ours');
		const theirs = await child('theirs');
		await ours.waitForFunction(() => 'send' in window);
		await theirs.waitForFunction(() => 'send' in window);
		const height = () => page.locator('#ours').getAttribute('height');
		return { page, errors, ours, theirs, height };
	}

	const send = (frame: Frame | Page, message: unknown) =>
		frame.evaluate((m) => (window as unknown as { send(m: unknown): void }).send(m), message);

	it('asks our frame for its height (frames-init), and only ours', async () => {
		const { page, ours, theirs } = await openHost();
		const received = (frame: Frame) =>
			frame.evaluate(() => (window as unknown as { received: unknown[] }).received);
		await expect.poll(() => received(ours)).toContainEqual({ sentinel: 'amp', type: 'frames-init' });
		expect(await received(theirs)).toEqual([]);
		await page.context().close();
	});

	it('takes AMP and Pym heights from our frame, clamped, numbers only', async () => {
		const { page, ours, height, errors } = await openHost();
		await send(ours, { sentinel: 'amp', type: 'embed-size', height: 812.4 });
		await expect.poll(height).toBe('813');
		await send(ours, 'pymxPYMxoursxPYMxheightxPYMx450');
		await expect.poll(height).toBe('450');
		await send(ours, { sentinel: 'amp', type: 'embed-size', height: 99_999 });
		await expect.poll(height).toBe('5000');
		await send(ours, 'pymxPYMxxPYMxheightxPYMx20');
		await expect.poll(height).toBe('100');
		// Not numbers, or not a height: ignored; the next good message proves they were handled first.
		await send(ours, 'pymxPYMxoursxPYMxheightxPYMx600px');
		await send(ours, { sentinel: 'amp', type: 'embed-size', height: '700' });
		await send(ours, 'pymxPYMxoursxPYMxwidthxPYMx640');
		await send(ours, { sentinel: 'amp', type: 'embed-size', height: 321 });
		await expect.poll(height).toBe('321');
		expect(await page.evaluate(() => (window as unknown as { heights: string[] }).heights)).toEqual([
			'813',
			'450',
			'5000',
			'100',
			'321'
		]);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('ignores height messages from any other window: another frame, the page itself', async () => {
		const { page, ours, theirs, height } = await openHost();
		await send(theirs, { sentinel: 'amp', type: 'embed-size', height: 900 });
		await send(theirs, 'pymxPYMxoursxPYMxheightxPYMx901');
		await page.evaluate(() => window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 902 }, '*'));
		await send(ours, { sentinel: 'amp', type: 'embed-size', height: 500 });
		await expect.poll(height).toBe('500');
		expect(await page.evaluate(() => (window as unknown as { heights: string[] }).heights)).toEqual(['500']);
		expect(await page.locator('#theirs').getAttribute('height')).toBe('300');
		await page.context().close();
	});
});
