/** The timeline in real Chromium: zoom, pan, brush, edges, keyboard only, and the phone layout. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, span, timeWindow, url, waitForApp } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

async function open(path = '/en/geneva-2022/', viewport = { width: 1280, height: 900 }) {
	const { page } = await openPage(browser, { viewport });
	await page.goto(url(path));
	await waitForApp(page);
	// Zoom and brush behaviours load just after the page; wait until they listen.
	await page.waitForSelector('.timeline-plot[data-gestures="ready"]');
	await page.waitForSelector('svg.overview .brush[data-ready="true"]');
	return page;
}

const DAY = 86_400_000;

/** Headlines whose text meets the "article published" label, in the browser's own layout. */
function headlinesUnderPublishedLabel(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const published = document.querySelector('svg.timeline-plot .published text')!.getBoundingClientRect();
		return [...document.querySelectorAll('svg.timeline-plot text.label')]
			.filter((label) => {
				const box = label.getBoundingClientRect();
				return (
					box.left < published.right &&
					box.right > published.left &&
					box.top < published.bottom &&
					box.bottom > published.top
				);
			})
			.map((label) => label.textContent ?? '');
	});
}

describe('timeline', () => {
	it('in the embed on a phone, where the axis is shorter, keeps "article published" off the headlines and names only days on the axis', async () => {
		const { page } = await openPage(browser, { viewport: PHONE });
		await page.goto(url('/en/geneva-2022/embed/'));
		await page.waitForSelector('.timeline-plot[data-gestures="ready"]');
		expect(await page.locator('svg.timeline-plot.vertical').count()).toBe(1);
		expect(await headlinesUnderPublishedLabel(page)).toEqual([]);
		// Every day named along the axis is a day the axis shows (none below its end).
		const outside = await page.evaluate(() => {
			const axis = document.querySelector('svg.timeline-plot .axis .baseline')!.getBoundingClientRect();
			return [...document.querySelectorAll('svg.timeline-plot .axis text')]
				.filter((tick) => {
					const middle = (tick.getBoundingClientRect().top + tick.getBoundingClientRect().bottom) / 2;
					return middle < axis.top || middle > axis.bottom;
				})
				.map((tick) => tick.textContent);
		});
		expect(outside).toEqual([]);
		await page.context().close();
	});

	it('opens framed on the story week, with the 2019 meeting flagged at the left edge', async () => {
		const page = await open();
		const [from, to] = await timeWindow(page);
		expect(new Date(from).toISOString().slice(0, 10)).toBe('2022-01-09');
		expect(new Date(to).toISOString().slice(0, 10)).toBe('2022-01-15');
		expect(await page.locator('[data-offscreen="before"]').textContent()).toContain('2019');
		const ticks = await page.locator('.timeline-plot .axis text').allTextContents();
		expect(ticks).toContain('Mon 10 Jan');
		// On a laptop every headline of the week shows in full: cut labels run on where their lane is free.
		const labels = await page.locator('.timeline-plot text.label').allTextContents();
		expect(labels).toContain('Ryabkov: situation to be assessed after the talks');
		expect(labels.filter((label) => label.endsWith('…'))).toEqual([]);
		// Headlines are drawn over a halo in the page's background colour, so day lines and the
		// publication line pass behind them.
		const halo = await page.evaluate(() => {
			const label = getComputedStyle(document.querySelector('.timeline-plot text.label')!);
			return { order: label.paintOrder, stroke: label.stroke, width: parseFloat(label.strokeWidth) };
		});
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(halo.order.startsWith('stroke')).toBe(true);
		expect(halo.stroke).toBe(background);
		expect(halo.width).toBeGreaterThanOrEqual(3);
		await page.context().close();
	});

	it.each([1280, 1920])(
		'at %i px, lanes are packed by the width of the headlines in the browser’s own font',
		async (width) => {
			const page = await open('/en/geneva-2022/', { width, height: 900 });
			// Packed by a guessed glyph width, the Moscow mark took the Geneva talks' lane too closely
			// at 1920 px, and the talks' headline was cut to "US–Russian talks in Gene…".
			const labels = await page.locator('.timeline-plot text.label').allTextContents();
			expect(labels).toContain('US–Russian talks in Geneva');
			expect(labels.filter((label) => label.endsWith('…'))).toEqual([]);
			// No headline reaches the next dot or bar in the browser's layout.
			const overlaps = await page.evaluate(() => {
				const boxes = [...document.querySelectorAll('svg.timeline-plot a.mark')].map((mark) => ({
					id: mark.getAttribute('data-event'),
					label: mark.querySelector('text.label')!.getBoundingClientRect(),
					shape: mark.querySelector('circle.dot, line.bar')!.getBoundingClientRect()
				}));
				const meet = (a: DOMRect, b: DOMRect) =>
					a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
				return boxes.flatMap((a) =>
					boxes
						.filter((b) => b !== a && (meet(a.label, b.shape) || meet(a.label, b.label)))
						.map((b) => `${a.id} meets ${b.id}`)
				);
			});
			expect(overlaps).toEqual([]);
			await page.context().close();
		}
	);

	it('zooms with the buttons and the wheel, pans by dragging, and resets', async () => {
		const page = await open();
		const initial = await timeWindow(page);
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(async () => span(await timeWindow(page))).toBe(span(initial) / 2);

		const plot = page.locator('.timeline-plot');
		const box = (await plot.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.wheel(0, 400);
		await expect.poll(async () => span(await timeWindow(page))).toBeGreaterThan(span(initial) / 2);

		const beforeDrag = await timeWindow(page);
		await page.mouse.move(box.x + box.width * 0.6, box.y + 20);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width * 0.3, box.y + 20, { steps: 8 });
		await page.mouse.up();
		await expect.poll(async () => (await timeWindow(page))[0]).toBeGreaterThan(beforeDrag[0]);

		await page.getByRole('button', { name: 'Back to the start' }).click();
		await expect.poll(() => timeWindow(page)).toEqual(initial);
		await page.context().close();
	});

	it('drawing a brush on the overview moves the window there', async () => {
		const page = await open();
		const overview = page.locator('svg.overview');
		const box = (await overview.boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.1, box.y + 10);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width * 0.35, box.y + 10, { steps: 6 });
		await page.mouse.up();
		const [from, to] = await timeWindow(page);
		expect(new Date(from).getUTCFullYear()).toBeLessThan(2020);
		expect(to - from).toBeGreaterThan(200 * DAY);
		// The 2019 meeting is now on screen as a mark.
		await expect.poll(() => page.locator('a.mark[data-event="nato-russia-council-2019"]').count()).toBe(1);
		await page.context().close();
	});

	it('the "← 2019" edge brings the earlier event into view and selects it', async () => {
		const page = await open();
		await page.locator('[data-offscreen="before"]').click();
		await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('nato-russia-council-2019');
		await expect.poll(() => page.locator('a.mark[data-event="nato-russia-council-2019"]').count()).toBe(1);
		await page.context().close();
	});

	it('works by keyboard alone: one tab stop, arrows in time order, Home reveals the 2019 event, Enter selects', async () => {
		const page = await open();
		await page.getByRole('button', { name: 'Zoom in' }).focus();
		await page.keyboard.press('Tab');
		const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-event') ?? null);
		expect(await focused()).not.toBeNull();
		await page.keyboard.press('End');
		expect(await focused()).toBe('osce-vienna');
		await page.keyboard.press('ArrowLeft');
		expect(await focused()).toBe('nato-russia-council');
		await page.keyboard.press('Home');
		expect(await focused()).toBe('nato-russia-council-2019');
		const [from, to] = await timeWindow(page);
		expect(from < Date.UTC(2020, 0, 1) && to > Date.UTC(2019, 0, 1)).toBe(true);
		await page.keyboard.press('Enter');
		await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('nato-russia-council-2019');
		// Tab leaves the timeline in one step: the marks are a single tab stop.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('.timeline-plot') === null)).toBe(true);
		await page.keyboard.press('+');
		expect(await focused()).toBeNull();
		await page.context().close();
	});

	it('gathers dense events into counted clusters; activating one zooms into it', async () => {
		const page = await open('/bench/timeline/?n=2000');
		await page.waitForFunction(() => document.body.dataset.benchReady === 'true');
		const clusters = page.locator('.timeline-plot .cluster');
		expect(await clusters.count()).toBeGreaterThan(0);
		const before = await timeWindow(page);
		const biggest = await clusters.evaluateAll((all) =>
			all.reduce(
				(best, el, i, list) => (Number(el.textContent) > Number(list[best].textContent) ? i : best),
				0
			)
		);
		await clusters.nth(biggest).click();
		await expect.poll(async () => span(await timeWindow(page))).toBeLessThan(span(before) / 4);
		// The DOM stays bounded: marks and clusters, not 2,000 events.
		expect(await page.locator('.timeline-plot *').count()).toBeLessThan(1500);
		await page.context().close();
	});

	it('turns vertical on a phone: time runs down, headlines run on where there is room, nothing overflows', async () => {
		const page = await open('/en/geneva-2022/', PHONE);
		expect(await page.locator('svg.timeline-plot.vertical').count()).toBe(1);
		const y = async (id: string) =>
			(await page.locator(`a.mark[data-event="${id}"] circle.dot`).boundingBox())!.y;
		expect(await y('geneva-talks')).toBeLessThan(await y('peskov-statement'));
		expect(await y('peskov-statement')).toBeLessThan(await y('osce-vienna'));
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
		// Headlines run on where the columns to their right are free, and every one ends inside
		// the plot, measured in the browser's own font (the layout only estimates glyph widths).
		const labels = await page.evaluate(() => {
			const plot = document.querySelector('svg.timeline-plot')!.getBoundingClientRect();
			return [...document.querySelectorAll('svg.timeline-plot text.label')].map((label) => {
				const box = label.getBoundingClientRect();
				return {
					// A label's lines (a second one in a <tspan>), as a reader reads them.
					text: [label.firstChild?.textContent, label.querySelector('tspan')?.textContent]
						.filter(Boolean)
						.join(' '),
					left: box.left - plot.left,
					right: box.right - plot.left,
					plot: plot.width
				};
			});
		});
		for (const label of labels) expect(label.right, label.text ?? '').toBeLessThanOrEqual(label.plot);
		expect(await headlinesUnderPublishedLabel(page)).toEqual([]);
		const kremlin = labels.find((l) => l.text?.startsWith('Kremlin'));
		expect(kremlin?.text).toMatch(/^Kremlin: first talks “posit/);
		expect(kremlin!.right - kremlin!.left).toBeGreaterThan(kremlin!.plot / 2);
		// The Geneva talks, on a day the weeks-of-tension bar still covers, sit beside that bar in
		// its column, not in the narrow column to the right, so their headline runs on.
		const x = async (selector: string) => {
			const box = (await page.locator(selector).boundingBox())!;
			return box.x + box.width / 2;
		};
		const barX = await x('a.mark[data-event="troop-build-up"] line.bar');
		expect(Math.abs((await x('a.mark[data-event="geneva-talks"] circle.dot')) - barX)).toBeLessThan(24);
		// A headline too long for one line takes a second where the row below is free.
		expect(labels.map((label) => label.text)).toContain(
			'NATO–Russia Council in Brussels, the first since 2019'
		);
		const geneva = labels.find((l) => l.text?.startsWith('US–Russian'));
		expect(geneva?.text).toMatch(/^US–Russian talks in Gen/);
		// Beside the bar, the talks' headline is still theirs to tap: the bar's wide hit area lies beneath.
		await page.locator('a.mark[data-event="geneva-talks"] text.label').click();
		await expect
			.poll(() => page.locator('a.mark[aria-current="true"]').getAttribute('data-event'))
			.toBe('geneva-talks');
		await page.locator('a.mark[data-event="osce-vienna"]').click();
		// The map, further down, shows the selection once the reader scrolls to it.
		await page.locator('figure.event-map').scrollIntoViewIfNeeded();
		await expect.poll(() => page.locator('[data-place="vienna"][aria-current="true"]').count()).toBe(1);
		await page.context().close();
	});
});
