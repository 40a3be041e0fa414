/**
 * The story page in real headless Chromium: linking in every direction, deep links, the back
 * button, language switch, the page without JavaScript, privacy and accessibility.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** A phone's page whose timers run only when the test moves the clock (`page.clock.runFor`). */
async function openWithClockPaused(path: string) {
	const watched = await openPage(browser, { viewport: PHONE });
	await watched.page.clock.install({ time: new Date('2026-11-30T12:00:00Z') });
	await watched.page.clock.pauseAt(new Date('2026-11-30T12:00:01Z'));
	await watched.page.goto(url(path));
	return watched;
}

const headline = (page: Page) => page.locator('.card .headline');
const selectedParam = (page: Page) => new URL(page.url()).searchParams.get('event');
/** The islands that have hydrated, in page order (Island.svelte). */
const hydratedIslands = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('[data-island][data-hydrated]')].map((n) => n.dataset.island)
	);

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
		const intro = await page.locator('.article .intro').textContent();
		await page.getByRole('link', { name: 'English' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/en/geneva-2022/');
		await expectSelected(page, 'osce-vienna', 'vienna');
		await expect.poll(() => headline(page).textContent()).toBe('OSCE consultations in Vienna');
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('.card').textContent()).toContain('Thursday 13 January 2022');
		// The article stays Dutch, and says so.
		expect(await page.locator('#p2 p').getAttribute('lang')).toBe('nl');
		// The parts that hydrate on their own (islands) follow the page's language too.
		expect(await page.locator('.article .intro').textContent()).not.toBe(intro);
		expect(await page.locator('.events').textContent()).toContain('Thursday 13 January 2022');
		expect(await page.locator('.map-panel svg title').first().textContent()).toMatch(/^Map of/);
		await page.context().close();
	});

	it('hydrates the timeline first and the parts further down as they come near, keeping their prerendered markup', async () => {
		const { page, errors } = await openPage(browser, { viewport: PHONE });
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/bundle.*.js', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(url(`${STORY}?event=osce-vienna`), { waitUntil: 'commit' });
		await page.waitForSelector('.list-panel .events', { state: 'attached' });
		// Without JavaScript a phone shows the timeline prerendered for a narrow column: vertical.
		const shownPlots = () =>
			page.evaluate(() =>
				[...document.querySelectorAll<SVGElement>('svg.timeline-plot')]
					.filter((plot) => plot.getBoundingClientRect().height > 0)
					.map((plot) => plot.getAttribute('class'))
			);
		expect(await shownPlots()).toEqual([expect.stringContaining('vertical')]);
		const parts = '[data-variant="narrow"] svg.timeline-plot, .map-panel figure, .article, .events';
		// Tag the prerendered nodes: hydration keeps them, a fresh render would replace them.
		await page.evaluate((selector) => {
			for (const node of document.querySelectorAll(selector))
				(node as unknown as { prerendered: boolean }).prerendered = true;
		}, parts);
		const kept = () =>
			page.evaluate(() =>
				[
					...document.querySelectorAll(
						'.timeline-panel svg.timeline-plot, .map-panel figure, .article, .events'
					)
				].map((node) => (node as unknown as { prerendered?: boolean }).prerendered === true)
			);
		release();
		await waitForApp(page);
		// In view on a phone: the timeline. It hydrated the narrow one, and the wide one is gone.
		expect(await page.locator('svg.timeline-plot').count()).toBe(1);
		expect(await page.locator('svg.timeline-plot').getAttribute('class')).toContain('vertical');
		expect(await hydratedIslands(page)).toEqual(['timeline']);
		expect(await page.locator('#event-osce-vienna').getAttribute('class')).not.toContain('selected');
		// Further down, each part hydrates as the reader scrolls to it, and shows the selection.
		for (const [island, part] of [
			['map', 'figure.event-map'],
			['article', '.article'],
			['list', '.events']
		]) {
			await page.locator(part).scrollIntoViewIfNeeded();
			await expect.poll(() => hydratedIslands(page)).toContain(island);
		}
		await expectSelected(page, 'osce-vienna', 'vienna');
		expect(await page.locator('#event-osce-vienna').getAttribute('class')).toContain('selected');
		expect(await kept()).toEqual([true, true, true, true]);
		await page.locator('#event-geneva-talks h3 a').click();
		await expect.poll(() => selectedParam(page)).toBe('geneva-talks');
		await expect.poll(() => page.locator('#event-geneva-talks').getAttribute('class')).toContain('selected');
		// Each part has its own ids (a root's ids count from 1): none is used twice on the page.
		const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((node) => node.id));
		expect(ids.length - new Set(ids).size).toBe(0);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('makes the card ready first; the timeline hydrates in a later task, the list only once near', async () => {
		// Timers wait for the test's word: the page hydrates, its islands have not started.
		const { page, errors } = await openWithClockPaused(`${STORY}?event=osce-vienna`);
		await expect.poll(() => headline(page).textContent()).toBe('Overleg in de OVSE in Wenen');
		expect(await hydratedIslands(page)).toEqual([]);
		expect(await page.locator('svg.timeline-plot').count()).toBe(2);
		expect(await page.evaluate(() => document.body.dataset.hydrated)).toBeUndefined();
		await page.clock.runFor(10);
		await waitForApp(page);
		expect(await hydratedIslands(page)).toEqual(['timeline']);
		expect(await page.locator('svg.timeline-plot').count()).toBe(1);
		await page.locator('.events').scrollIntoViewIfNeeded();
		// The browser reports it in view at its next frame; its timer runs once the clock moves.
		await expect
			.poll(async () => {
				await page.clock.runFor(10);
				return page.locator('#event-osce-vienna').getAttribute('class');
			})
			.toContain('selected');
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('a part not yet hydrated answers the first tap and the first focus', async () => {
		// With the clock paused, a part coming into view waits for its timer: only a touch hydrates it.
		const { page, errors } = await openWithClockPaused(`/en${STORY}`);
		await page.clock.runFor(10);
		await waitForApp(page);
		await page.locator('#event-geneva-talks h3 a').click();
		await expect.poll(() => page.locator('#event-geneva-talks').getAttribute('class')).toContain('selected');
		expect(await hydratedIslands(page)).toEqual(['timeline', 'list']);
		// A marker's callout opens on its first focus, as it would with the map hydrated.
		await page.locator('[data-place="moscow"]').focus();
		await expect.poll(() => page.locator('figure .callout').isVisible()).toBe(true);
		expect(await page.locator('figure .callout').textContent()).toContain('Kremlin: first talks “positive”');
		expect(await hydratedIslands(page)).toEqual(['timeline', 'map', 'list']);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('keeps the timeline it hydrated when the window turns wide, and lays it out anew', async () => {
		const { page, errors } = await openStory(STORY, { viewport: PHONE });
		expect(await page.locator('[data-island="timeline"]').getAttribute('data-hydrated-variant')).toBe(
			'narrow'
		);
		await page.setViewportSize(DESKTOP);
		await expect
			.poll(() => page.locator('svg.timeline-plot').getAttribute('class'))
			.not.toContain('vertical');
		expect(await page.locator('svg.timeline-plot').isVisible()).toBe(true);
		await page.locator('.timeline a.mark[data-event="osce-vienna"]').click();
		await expect.poll(() => selectedParam(page)).toBe('osce-vienna');
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('is readable without JavaScript: timeline, map, highlighted article and event list are in the HTML', async () => {
		const { page } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(url('/en/geneva-2022/'));
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('.timeline svg a.mark').count()).toBeGreaterThanOrEqual(6);
		// The map: the shown frame's base map file loads as an image, the markers are links.
		const base = page.locator('figure img.base').filter({ visible: true });
		await base.scrollIntoViewIfNeeded();
		await expect.poll(() => base.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
		expect(await page.locator('figure a.marker').count()).toBe(5);
		expect(await page.locator('#p6 a.quote').count()).toBeGreaterThan(0);
		expect(await page.locator('.events > li').count()).toBe(8);
		expect(await page.locator('.events').textContent()).toContain('Monday 10 January 2022');
		// The timeline is in the page twice (for a wide and a narrow column): no id is used twice.
		expect(await page.locator('svg.timeline-plot').count()).toBe(2);
		const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((node) => node.id));
		expect(ids.length - new Set(ids).size).toBe(0);
		await page.context().close();
	});

	it('makes no request to any other host', async () => {
		const { page, requests, errors } = await openStory(`${STORY}?event=geneva-talks`);
		await page.locator('[data-place="brussels"]').click();
		await page.getByRole('link', { name: 'English' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/en/geneva-2022/');
		expect(requests.length).toBeGreaterThan(0);
		expect(otherHostRequests(requests)).toEqual([]);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});

describe('story map', () => {
	const shownFrame = (page: Page) =>
		page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('figure .layer')]
				.filter((layer) => getComputedStyle(layer).display !== 'none')
				.map((layer) => layer.dataset.frame)
		);

	for (const [width, frame] of [
		[320, 'tall'],
		[375, 'tall'],
		[700, 'wide'],
		[1280, 'tall']
	] as const) {
		it(`at ${width} px wide shows the ${frame} frame (by the map's width), every place inside it, and fetches only that file`, async () => {
			const { page, requests } = await openStory(STORY, { viewport: { width, height: 900 } });
			const figure = page.locator('figure.event-map');
			await figure.scrollIntoViewIfNeeded();
			expect(await shownFrame(page)).toEqual([frame]);
			const image = page.locator(`figure .layer.${frame} img.base`);
			await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
			const box = (await page.locator('figure .frame').boundingBox())!;
			expect(box.width).toBeLessThan(frame === 'tall' ? 600 : Infinity);
			for (const marker of await page.locator('figure a.marker').all()) {
				const at = (await marker.boundingBox())!;
				const [x, y] = [at.x + at.width / 2, at.y + at.height / 2];
				expect(x).toBeGreaterThan(box.x);
				expect(x).toBeLessThan(box.x + box.width);
				expect(y).toBeGreaterThan(box.y);
				expect(y).toBeLessThan(box.y + box.height);
			}
			const files = requests.filter((r) => r.includes('/maps/')).map((r) => new URL(r).pathname);
			expect(files).toEqual([`/maps/geneva-2022/${frame}.svg`]);
			await page.context().close();
		});
	}

	for (const [path, message] of [
		[STORY, 'De kaart zelf kon niet worden geladen'],
		[`/en${STORY}`, 'The map itself could not be loaded']
	] as const) {
		it(`${path}: when the base map file fails to load, the map says so and the timeline and article keep working`, async () => {
			const { page } = await openPage(browser, { viewport: PHONE });
			await page.route('**/maps/**', (route) => route.abort());
			await page.goto(url(path));
			await waitForApp(page);
			await page.locator('figure.event-map').scrollIntoViewIfNeeded();
			const status = page.locator('figure .layer.tall [role="status"]');
			await expect.poll(() => status.isVisible()).toBe(true);
			expect(await status.textContent()).toContain(message);
			await page.locator('.timeline a.mark[data-event="nato-russia-council"]').click();
			await expectSelected(page, 'nato-russia-council', 'brussels');
			await page.locator('#p6 a.quote[data-event="geneva-talks"]').first().click();
			await expectSelected(page, 'geneva-talks', 'geneva');
			await page.locator('[data-place="vienna"]').click();
			await expectSelected(page, 'osce-vienna', 'vienna');
			expect(await axeViolations(page)).toEqual([]);
			await page.context().close();
		});
	}

	it('a marker shows its place and events on hover and on keyboard focus; Escape hides it', async () => {
		const { page } = await openStory(`/en${STORY}`);
		const callout = page.locator('figure .callout');
		await page.locator('[data-place="geneva"]').hover();
		await expect.poll(() => callout.isVisible()).toBe(true);
		expect(await callout.textContent()).toContain('US–Russian talks in Geneva');
		await page.keyboard.press('Escape');
		await expect.poll(() => callout.count()).toBe(0);
		await page.mouse.move(0, 0);
		await page.locator('[data-place="moscow"]').focus();
		await expect.poll(() => callout.isVisible()).toBe(true);
		expect(await callout.textContent()).toContain('Kremlin: first talks “positive”');
		// Inside the map: the callout stays within the figure's width.
		const figure = (await page.locator('figure.event-map').boundingBox())!;
		const box = (await callout.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(figure.x);
		expect(box.x + box.width).toBeLessThanOrEqual(figure.x + figure.width);
		expect(await axeViolations(page)).toEqual([]);
		await page.keyboard.press('Escape');
		await expect.poll(() => callout.count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-place'))).toBe('moscow');
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
