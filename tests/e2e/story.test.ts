/**
 * The story page in real headless Chromium: linking in every direction, deep links, the back
 * button, language switch, the page without JavaScript, privacy and accessibility.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, DESKTOP, launchBrowser, openPage, PHONE, url, waitForApp } from './browser';

const STORY = '/geneva-2022/';
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

async function openStory(path = STORY, options = {}) {
	const watched = await openPage(browser, options);
	await watched.page.goto(url(path));
	await waitForApp(watched.page);
	return watched;
}

const headline = (page: Page) => page.locator('.card .headline');
const selectedParam = (page: Page) => new URL(page.url()).searchParams.get('event');

async function expectSelected(page: Page, id: string, place: string | null) {
	await expect.poll(() => selectedParam(page)).toBe(id);
	await expect
		.poll(() => page.locator(`.timeline a.mark[aria-current="true"]`).getAttribute('data-event'))
		.toBe(id);
	await expect.poll(() => page.locator(`.quote.active`).first().getAttribute('data-event')).not.toBeNull();
	if (place)
		await expect.poll(() => page.locator(`[data-place="${place}"][aria-current="true"]`).count()).toBe(1);
}

describe('story page', () => {
	it('selecting on the timeline fills the card, marks the map and the quote, and sets the URL', async () => {
		const { page } = await openStory();
		await page.locator('.timeline a.mark[data-event="nato-russia-council"]').click();
		await expectSelected(page, 'nato-russia-council', 'brussels');
		await expect
			.poll(() => headline(page).textContent())
			.toBe('NAVO-Ruslandraad in Brussel, de eerste sinds 2019');
		await expect.poll(() => page.locator('#p2').getAttribute('class')).toContain('active');
		expect(await page.locator('.card').textContent()).toContain('woensdag 12 januari 2022');
		expect(await page.locator('.card .sources').textContent()).toContain('¶2');
		await page.context().close();
	});

	it("scrolls the article to the selected event's paragraph, inside its own box, not the page", async () => {
		const { page } = await openStory();
		const pageScroll = await page.evaluate(() => window.scrollY);
		await page.locator('.timeline a.mark[data-event="moment-of-truth"]').click();
		await expectSelected(page, 'moment-of-truth', 'moscow');
		const inView = () =>
			page.evaluate(() => {
				const box = document.querySelector('.article')!.getBoundingClientRect();
				const paragraph = document.querySelector('#p5')!.getBoundingClientRect();
				return paragraph.top >= box.top && paragraph.top < box.bottom;
			});
		await expect.poll(inView).toBe(true);
		expect(await page.evaluate(() => document.querySelector('.article')!.scrollTop)).toBeGreaterThan(0);
		expect(await page.evaluate(() => window.scrollY)).toBe(pageScroll);
		await page.context().close();
	});

	it('selecting a highlighted quote in the text selects its event everywhere', async () => {
		const { page } = await openStory();
		await page.locator('#p6 a.quote[data-event="geneva-talks"]').first().click();
		await expectSelected(page, 'geneva-talks', 'geneva');
		await expect.poll(() => headline(page).textContent()).toBe('Amerikaans-Russische gesprekken in Genève');
		await page.context().close();
	});

	it('selecting a map marker selects the first event at that place', async () => {
		const { page } = await openStory();
		await page.locator('[data-place="vienna"]').click();
		await expectSelected(page, 'osce-vienna', 'vienna');
		await page.context().close();
	});

	it('map markers work by keyboard: each is a tab stop named with its events, Enter selects', async () => {
		const { page } = await openStory('/en/geneva-2022/');
		await page.locator('[data-place="geneva"]').focus();
		expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
			'Geneva: 2 events'
		);
		await page.keyboard.press('Tab');
		const next = await page.evaluate(() => document.activeElement?.getAttribute('data-place'));
		expect(next).toBe('moscow');
		await page.keyboard.press('Enter');
		await expectSelected(page, 'peskov-statement', 'moscow');
		await expect.poll(() => headline(page).textContent()).toBe('Kremlin: first talks “positive”');
		await page.context().close();
	});

	it('a deep link opens with its event selected; an unknown id falls back to no selection', async () => {
		const { page } = await openStory(`${STORY}?event=peskov-statement`);
		await expectSelected(page, 'peskov-statement', 'moscow');
		await page.goto(url(`${STORY}?event=no-such-event`));
		await waitForApp(page);
		expect(await page.locator('.card .empty').isVisible()).toBe(true);
		await page.context().close();
	});

	it('the back button steps back through selections', async () => {
		const { page } = await openStory();
		await page.locator('.timeline a.mark[data-event="geneva-talks"]').click();
		await expectSelected(page, 'geneva-talks', 'geneva');
		await page.locator('.timeline a.mark[data-event="osce-vienna"]').click();
		await expectSelected(page, 'osce-vienna', 'vienna');
		await page.goBack();
		await expectSelected(page, 'geneva-talks', 'geneva');
		await page.goBack();
		await expect.poll(() => selectedParam(page)).toBeNull();
		await expect.poll(() => page.locator('.card .empty').count()).toBe(1);
		await page.context().close();
	});

	it('works by keyboard alone: tab to a timeline mark, Enter selects, the card steps on', async () => {
		const { page } = await openStory();
		await page.locator('.timeline a.mark').first().focus();
		await page.keyboard.press('Enter');
		const first = await page.locator('.timeline a.mark').first().getAttribute('data-event');
		await expect.poll(() => selectedParam(page)).toBe(first);
		await page.getByRole('button', { name: 'Volgende gebeurtenis' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => selectedParam(page)).not.toBe(first);
		await page.context().close();
	});

	it('switches language, keeping the selection, and <html lang> follows', async () => {
		const { page } = await openStory(`${STORY}?event=osce-vienna`);
		expect(await page.locator('html').getAttribute('lang')).toBe('nl');
		await page.getByRole('link', { name: 'English' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/en/geneva-2022/');
		await expectSelected(page, 'osce-vienna', 'vienna');
		await expect.poll(() => headline(page).textContent()).toBe('OSCE consultations in Vienna');
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('.card').textContent()).toContain('Thursday 13 January 2022');
		// The article stays Dutch, and says so.
		expect(await page.locator('#p2 p').getAttribute('lang')).toBe('nl');
		await page.context().close();
	});

	it('is readable without JavaScript: timeline, map, highlighted article and event list are in the HTML', async () => {
		const { page } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(url('/en/geneva-2022/'));
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('.timeline svg a.mark').count()).toBeGreaterThanOrEqual(6);
		expect(await page.locator('figure svg path').count()).toBeGreaterThan(10);
		expect(await page.locator('#p6 a.quote').count()).toBeGreaterThan(0);
		expect(await page.locator('.events > li').count()).toBe(8);
		expect(await page.locator('.events').textContent()).toContain('Monday 10 January 2022');
		await page.context().close();
	});

	it('makes no request to any other host', async () => {
		const { page, requests, errors } = await openStory(`${STORY}?event=geneva-talks`);
		await page.locator('[data-place="brussels"]').click();
		await page.getByRole('link', { name: 'English' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/en/geneva-2022/');
		const origin = new URL(url('/')).origin;
		expect(requests.length).toBeGreaterThan(0);
		expect(requests.filter((r) => new URL(r).origin !== origin)).toEqual([]);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});

describe('accessibility (axe-core, zero violations)', () => {
	for (const [name, viewport] of [
		['phone', PHONE],
		['desktop', DESKTOP]
	] as const) {
		for (const path of ['/', '/en/', STORY, `/en${STORY}?event=nato-russia-council`]) {
			it(`${path} at ${name} width`, async () => {
				const { page } = await openStory(path, { viewport });
				expect(await axeViolations(page)).toEqual([]);
				await page.context().close();
			});
		}
	}
});
