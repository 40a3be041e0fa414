/**
 * The classroom presentation in real headless Chromium: every key, the URL as the place to
 * resume, Back, full screen, type large enough for a projector, and axe at projector and
 * phone sizes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/story/loadStory';
import { axeViolations, launchBrowser, openPage, otherHostRequests, PHONE, url, waitForApp } from './browser';

const PRESENT = '/geneva-2022/present/';
const story = loadStory('geneva-2022');
const TOTAL = story.events.length + 2;
const PROJECTOR = { width: 1920, height: 1080 };
const SMALL_PROJECTOR = { width: 1280, height: 720 };

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

async function open(path: string, viewport = PROJECTOR) {
	const watched = await openPage(browser, { viewport });
	await watched.page.goto(url(path));
	await waitForApp(watched.page);
	return watched;
}

const stepInUrl = (page: Page) => new URL(page.url()).searchParams.get('step');
const progress = (page: Page) => page.locator('.progress [aria-hidden="true"]').textContent();
const expectStep = async (page: Page, step: number) => {
	await expect.poll(() => progress(page)).toBe(`${step} / ${TOTAL}`);
	expect(stepInUrl(page)).toBe(String(step));
};

/** Visible text smaller than `min` px as drawn (computed size × CSS zoom), outside the map. */
function smallText(page: Page, min: number): Promise<string[]> {
	return page.evaluate((min) => {
		const found: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const element = node.parentElement;
			if (!element || !node.textContent?.trim() || element.closest('.event-map')) continue;
			if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
			const box = element.getBoundingClientRect();
			// Visually hidden text (for screen readers) is clipped to a pixel.
			if (box.width <= 1 || box.height <= 1) continue;
			const zoom = (element as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
			const size = Number.parseFloat(getComputedStyle(element).fontSize) * zoom;
			if (size < min - 0.05) found.push(`${size.toFixed(1)}px: ${node.textContent.trim().slice(0, 40)}`);
		}
		return found;
	}, min);
}

describe('present mode', () => {
	it('steps with → Space PageDown ← Shift+Space PageUp End Home, each in the URL, and Back works', async () => {
		const { page, errors, requests } = await open(PRESENT);
		await expect.poll(() => progress(page)).toBe(`1 / ${TOTAL}`);
		const presses: [string, number][] = [
			['ArrowRight', 2],
			['Space', 3],
			['PageDown', 4],
			['ArrowLeft', 3],
			['Shift+Space', 2],
			['PageUp', 1],
			['End', TOTAL],
			['Home', 1]
		];
		for (const [key, step] of presses) {
			await page.keyboard.press(key);
			await expectStep(page, step);
		}
		await expect(page.locator('section.step:not([hidden]) h2').textContent()).resolves.toBe(story.title.nl);
		await page.goBack();
		await expect.poll(() => progress(page)).toBe(`${TOTAL} / ${TOTAL}`);
		await page.goBack();
		await expectStep(page, 1);
		expect(errors).toEqual([]);
		expect(otherHostRequests(requests)).toEqual([]);
	});

	it('resumes at the step in the URL after a reload, and a bad step is the title', async () => {
		const { page } = await open(`${PRESENT}?step=4`);
		await expectStep(page, 4);
		await expect(page.locator('section.step:not([hidden]) h2').textContent()).resolves.toBe(
			story.events[2].headline.nl
		);
		await page.reload();
		await waitForApp(page);
		await expectStep(page, 4);
		await page.goto(url(`${PRESENT}?step=nonsense`));
		await waitForApp(page);
		await expect.poll(() => progress(page)).toBe(`1 / ${TOTAL}`);
	});

	it('asks for full screen on the presentation with F, and not while a modifier is held', async () => {
		const { page } = await openPage(browser, { viewport: PROJECTOR });
		await page.addInitScript(() => {
			const calls: string[] = [];
			(window as unknown as { fullscreenCalls: string[] }).fullscreenCalls = calls;
			const original = Element.prototype.requestFullscreen;
			Element.prototype.requestFullscreen = function (options) {
				calls.push(this.className);
				return original.call(this, options);
			};
		});
		await page.goto(url(PRESENT));
		await waitForApp(page);
		const calls = () =>
			page.evaluate(() => (window as unknown as { fullscreenCalls: string[] }).fullscreenCalls);
		await page.keyboard.press('Control+f');
		expect(await calls()).toEqual([]);
		await page.keyboard.press('f');
		await expect.poll(calls).toEqual([expect.stringContaining('presentation')]);
		await expect
			.poll(() => page.evaluate(() => document.fullscreenElement?.classList.contains('presentation')))
			.toBe(true);
	});

	it('toggles the notes with N and the button, and moves the map to the step’s place', async () => {
		const step = story.events.findIndex((e) => e.id === 'geneva-talks') + 2;
		const { page } = await open(`${PRESENT}?step=${step}`);
		const button = page.getByRole('button', { name: 'Notities' });
		await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
		await page.keyboard.press('n');
		await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
		await expect(page.getByRole('complementary', { name: 'Vragen voor de klas' }).isVisible()).resolves.toBe(
			true
		);
		await button.click();
		await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
		await expect(
			page.locator('.event-map a[data-place="geneva"]').getAttribute('aria-current')
		).resolves.toBe('true');
		await expect(page.locator('.stage .map').getAttribute('class')).resolves.toContain('zoomed');
	});

	it.each([
		['1920 × 1080', PROJECTOR, 24],
		['1280 × 720', SMALL_PROJECTOR, 16]
	])(
		'has no visible text under %s’s minimum on any kind of step (map labels excepted)',
		async (_, viewport, min) => {
			const notes = story.events.findIndex((e) => e.id === 'geneva-talks') + 2;
			for (const step of [1, notes, TOTAL]) {
				const { page } = await open(`${PRESENT}?step=${step}`, viewport);
				await expectStep(page, step);
				if (step === notes) await page.keyboard.press('n');
				expect(await smallText(page, min), `step ${step}`).toEqual([]);
				await page.context().close();
			}
		}
	);

	it.each([
		['1920 × 1080', PROJECTOR],
		['a phone', PHONE]
	])(
		'has no axe violations at %s, on the title, an event with notes and the sources',
		async (_, viewport) => {
			const notes = story.events.findIndex((e) => e.id === 'geneva-talks') + 2;
			const { page } = await open(PRESENT, viewport);
			expect(await axeViolations(page)).toEqual([]);
			await page.goto(url(`${PRESENT}?step=${notes}`));
			await waitForApp(page);
			await page.keyboard.press('n');
			await expect
				.poll(() => page.getByRole('button', { name: 'Notities' }).getAttribute('aria-expanded'))
				.toBe('true');
			expect(await axeViolations(page)).toEqual([]);
			await page.keyboard.press('End');
			await expectStep(page, TOTAL);
			// The sources step is text only: no map or timeline beside it.
			expect(await page.locator('.event-map').isVisible()).toBe(false);
			expect(await page.locator('.timeline-plot').isVisible()).toBe(false);
			expect(await axeViolations(page)).toEqual([]);
		}
	);

	it('reads without JavaScript: every step one after another, in English too', async () => {
		const { page } = await openPage(browser, { viewport: PROJECTOR, javaScriptEnabled: false });
		await page.goto(url(`/en${PRESENT}?step=3`));
		const headings = await page.locator('section.step h2').allTextContents();
		expect(headings).toEqual([
			story.title.en,
			...story.events.map((e) => e.headline.en),
			'All sources in the article'
		]);
		expect(await page.locator('section.step[hidden]').count()).toBe(0);
		await expect(
			page.getByText(/Why do the United States and Russia meet in Geneva/).isVisible()
		).resolves.toBe(true);
	});

	it('is linked from the story page, and links back to it with the event selected', async () => {
		const { page } = await open('/en/geneva-2022/');
		await page.getByRole('link', { name: 'Present in class' }).click();
		await page.waitForURL(/\/en\/geneva-2022\/present\/$/);
		await page.keyboard.press('ArrowRight');
		await expectStep(page, 2);
		await expect(page.getByRole('link', { name: /Back to the story/ }).getAttribute('href')).resolves.toMatch(
			new RegExp(`/en/geneva-2022/\\?event=${story.events[0].id}$`)
		);
	});
});
