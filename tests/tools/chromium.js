/**
 * Debian's headless Chromium through playwright-core, for tests, benchmarks and screenshots.
 * Never a downloaded browser. The flags keep Chromium from reaching for the network on start.
 */
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** @returns {Promise<import('playwright-core').Browser>} */
export function launchChromium() {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
