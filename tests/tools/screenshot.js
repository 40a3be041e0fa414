#!/usr/bin/env node
/**
 * Takes a screenshot of a built page in Debian's headless Chromium (for the README, or to look
 * at a change). Serves build/ on a loopback port; nothing leaves the machine.
 *
 *   node tests/tools/screenshot.js "/en/geneva-2022/?event=nato-russia-council" out.png [width] [height] [--full]
 */
import { createServer } from 'node:http';
import sirv from 'sirv';
import { launchChromium } from './chromium.js';

const [path = '/', out = 'screenshot.png', width = '1280', height = '900'] = process.argv
	.slice(2)
	.filter((a) => !a.startsWith('--'));
const fullPage = process.argv.includes('--full');

const serve = sirv('build', { extensions: ['html'] });
const server = createServer((request, response) =>
	serve(request, response, () => {
		response.statusCode = 404;
		response.end();
	})
);
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
const browser = await launchChromium();
try {
	const page = await browser.newPage({
		viewport: { width: Number(width), height: Number(height) },
		reducedMotion: 'reduce'
	});
	page.on('pageerror', (error) => console.error('page error:', error.message));
	await page.goto(`http://127.0.0.1:${port}${path}`);
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	// Lazy images in view (the map's base map file) load after hydration.
	await page.waitForLoadState('networkidle');
	await page.screenshot({ path: out, fullPage });
	console.log(`${out}: ${path} at ${width}×${height}${fullPage ? ', full page' : ''}`);
} finally {
	await browser.close();
	server.close();
}
