/** Debian's headless Chromium through playwright-core; never a downloaded browser. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../tools/chromium.js';
import AxeBuilder from '@axe-core/playwright';
import { inject } from 'vitest';

export const PHONE = { width: 375, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

export function launchBrowser(): Promise<Browser> {
	return launchChromium();
}

export function url(path: string): string {
	return new URL(path, inject('baseURL')).href;
}

export interface WatchedPage {
	page: Page;
	/** Every URL the page requested. */
	requests: string[];
	/** Console errors, uncaught exceptions and Svelte's warnings (e.g. a hydration mismatch). */
	errors: string[];
}

/** A fresh context and page that records requests and errors. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
	const context = await browser.newContext({ viewport: DESKTOP, reducedMotion: 'reduce', ...options });
	const page = await context.newPage();
	const requests: string[] = [];
	const errors: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	page.on('console', (message) => {
		if (message.type() === 'error' || message.text().includes('svelte.dev/e/')) errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return { page, requests, errors };
}

/**
 * The requests that went to another host than the site under test. `data:` and `blob:` URLs
 * are made in the page (pictures, downloads) and never leave the browser.
 */
export function otherHostRequests(requests: readonly string[]): string[] {
	const origin = new URL(url('/')).origin;
	return requests.filter((request) => !/^(data|blob):/.test(request) && new URL(request).origin !== origin);
}

/** axe-core violations, reduced to what a reader of the test output needs. */
export async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

/** Waits until SvelteKit has hydrated the page, so clicks are handled by the app. */
export async function waitForApp(page: Page): Promise<void> {
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
}

/** The first timeline's visible window [from, to) in UTC ms, as it reports it. */
export async function timeWindow(page: Page): Promise<[number, number]> {
	const root = page.locator('.timeline').first();
	return [
		Number(await root.getAttribute('data-window-start')),
		Number(await root.getAttribute('data-window-end'))
	];
}

/** How long a window is, in ms. */
export const span = ([from, to]: [number, number]) => to - from;
