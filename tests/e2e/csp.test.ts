/**
 * Every prerendered page carries a Content-Security-Policy without 'unsafe-inline' scripts,
 * nothing on any page (start-up, hydration, the zoom, a selection) trips it, and no page asks any
 * other host for anything (the files name other hosts only in metadata: canonical and og: links).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, otherHostRequests, url, waitForApp } from './browser';

/** Site paths of every page in build/ ("/", "/en/geneva-2022/embed/", …). */
function builtPages(dir = 'build'): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : builtPages(path);
		return name === 'index.html' ? [`/${relative('build', dir)}/`.replace('//', '/')] : [];
	});
}

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('Content-Security-Policy', () => {
	const pages = builtPages();

	it('covers the site', () => {
		expect(pages).toEqual(expect.arrayContaining(['/', '/en/', '/geneva-2022/', '/geneva-2022/embed/']));
	});

	it.each(pages)('%s has a strict policy, no violation and no request to another host', async (path) => {
		const { page, errors, requests } = await openPage(browser);
		await page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { cspViolations: string[] }).cspViolations = seen;
			document.addEventListener('securitypolicyviolation', (e) =>
				seen.push(`${e.violatedDirective} ${e.blockedURI}`)
			);
		});
		await page.goto(url(path));
		await waitForApp(page);
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		const scriptSrc = policy?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
		expect(policy).toContain("default-src 'self'");
		expect(scriptSrc).toContain("'self'");
		expect(scriptSrc).not.toContain('unsafe-inline');
		// Give code imported after start-up (zoom, brush) its moment, then use the page a little.
		const mark = page.locator('.timeline a.mark').first();
		if (await mark.count()) await mark.click();
		await page.waitForTimeout(300);
		expect(
			await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
		).toEqual([]);
		expect(errors.filter((e) => /content security policy/i.test(e))).toEqual([]);
		expect(otherHostRequests(requests)).toEqual([]);
		await page.context().close();
	});
});
