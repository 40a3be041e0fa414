#!/usr/bin/env node
/**
 * Timeline benchmark: opens the built bench page (/bench/timeline/) in Debian's headless
 * Chromium for synthetic stories of several sizes and measures, per size (median of the runs):
 * navigation → timeline rendered, reading the story, JS heap after a forced GC, DOM nodes in the
 * timeline, and frame times over programmatic zoom/pan steps. Prints a table and writes it as JSON.
 *
 * Each story arrives as data, as a real story does, not made by page script: generated once per
 * size by the page's own generator (window.benchStory), outside the timing, then served as the
 * two files of a large story: the timeline index, which the page's head preloads, and the
 * details, which the page fetches once the timeline is drawn (see src/lib/story/compactStory.ts).
 * "rendered" is the time to the drawn timeline; "complete" adds the details.
 *
 * It measures; it does not gate: missed targets still exit 0. A page that fails to load or
 * render exits 1. Serves build/ on a loopback port; nothing leaves the machine.
 *
 *   npm run build && npm run bench:timeline
 *   npm run bench:timeline -- --sizes 100,1000,10000 --runs 3 --steps 30 --seed 1 --out bench-results/timeline.json
 *
 * `--build <dir>` measures another build than build/ (a copy of an earlier one, say). The
 * machine's speed drifts by a quarter within an hour: compare two builds by running them in
 * turn, a few times each, not one after the other.
 *
 * `--trace <dir>` also saves each run's Chromium trace (with JavaScript samples) as
 * `<dir>/timeline-<events>-<run>.json`, to open in DevTools' Performance panel. Tracing that much
 * slows the page: take the figures from runs without it.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { launchChromium } from '../tools/chromium.js';
import { writeAtomically } from '../tools/writeAtomically.js';
import { DETAILED_CATEGORIES, startTrace, threadTimes } from './threadTime.js';
import { STORY_FILES, withStoryLink } from './storyLink.js';

const PAGE = '/bench/timeline/';
const VIEWPORT = { width: 1280, height: 900 };
/** The targets, checked on the 10,000-event row. */
const TARGET_EVENTS = 10_000;
const TARGETS = [
	{ key: 'rendered ms', label: 'rendered ≤ 500 ms', pass: (/** @type {number} */ v) => v <= 500 },
	{ key: 'frame p95 ms', label: 'p95 frame < 16.7 ms', pass: (/** @type {number} */ v) => v < 16.7 },
	// The most nodes seen, after rendering or any zoom/pan step: the cap must hold while zooming too.
	{ key: 'DOM max', label: 'DOM nodes < 3,000', pass: (/** @type {number} */ v) => v < 3000 }
];

const { values: options } = parseArgs({
	options: {
		sizes: { type: 'string', default: '100,1000,10000' },
		runs: { type: 'string', default: '3' },
		steps: { type: 'string', default: '30' },
		seed: { type: 'string', default: '1' },
		out: { type: 'string', default: 'bench-results/timeline.json' },
		timeout: { type: 'string', default: '60000' },
		trace: { type: 'string' },
		build: { type: 'string', default: 'build' }
	}
});
const sizes = options.sizes.split(',').map(Number);
const runs = Number(options.runs);
const steps = Number(options.steps);
const seed = Number(options.seed);
const timeout = Number(options.timeout);
const BUILD = options.build;
const isCount = (/** @type {number} */ n, max = Infinity) => Number.isInteger(n) && n >= 1 && n <= max;
if (!sizes.every((n) => isCount(n, 50_000)) || !isCount(runs) || !isCount(steps) || !Number.isInteger(seed)) {
	console.error('Expected --sizes as 1..50000[,…], --runs and --steps ≥ 1, --seed an integer.');
	process.exit(1);
}

if (!existsSync(`${BUILD}${PAGE}index.html`)) {
	console.error(`No ${BUILD}${PAGE}index.html: run npm run build first.`);
	process.exit(1);
}

/**
 * @param {number[]} values
 * @param {number} p 0..1
 * @returns {number} the p-quantile, interpolated between the nearest ranks
 */
function quantile(values, p) {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const at = (sorted.length - 1) * p;
	const low = Math.floor(at);
	const high = Math.ceil(at);
	return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}
const median = (/** @type {number[]} */ values) => quantile(values, 0.5);
const round = (/** @type {number} */ value, digits = 1) => Number(value.toFixed(digits));

/**
 * @typedef {object} Run
 * @property {number} events
 * @property {number} startMs navigation → bench page's onMount (HTML, JS, hydration)
 * @property {number} loadMs bench page mounted → the story's index loaded (what of the fetch is left, and parsing)
 * @property {number} mountMs Svelte renders the timeline (layout, DOM) until `tick()`
 * @property {number} paintMs mounted → after the first frame is painted (style, layout, paint)
 * @property {number} renderedMs navigation → timeline rendered
 * @property {number} completeMs navigation → the story's details added too
 * @property {number} heapMB JS heap used after a forced GC
 * @property {number} domNodes nodes in the timeline after rendering
 * @property {number} domNodesMax most nodes in the timeline after any zoom/pan step
 * @property {number[]} stepTimes per step: dispatch → DOM updated → style + layout, ms
 * @property {number[]} stepLayoutTimes per step: the style + layout part of stepTimes, ms
 * @property {number} startCpuMs main-thread CPU time (thread time, from a trace) of the start
 * @property {number} loadCpuMs … of loading the story
 * @property {number} mountCpuMs … of mounting
 * @property {number} renderedCpuMs … from navigation to the timeline rendered
 * @property {number[]} stepCpuMs per step: main-thread CPU time of the timed part
 * @property {string[]} stepKinds
 * @property {number[]} frameIntervals per step: animation frame → next animation frame, ms
 * @property {string} stepTarget what the zoom/pan events went to
 * @property {Record<string, boolean>} stepsChanged per kind of step: whether it changed the timeline's markup
 * @property {Record<string, number>} navigation the page load's own timing (ms from navigation start)
 * @property {string[]} errors console errors and uncaught exceptions
 */

/**
 * `promise`, or an error after the timeout.
 * @template T
 * @param {Promise<T>} promise
 * @param {string} message
 * @returns {Promise<T>}
 */
function within(promise, message) {
	/** @type {NodeJS.Timeout | undefined} */
	let timer;
	const expired = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), timeout)));
	return /** @type {Promise<T>} */ (Promise.race([promise, expired]).finally(() => clearTimeout(timer)));
}

/**
 * One page load and its measurements.
 * @param {import('playwright-core').Browser} browser
 * @param {import('playwright-core').CDPSession} browserCdp
 * @param {string} base
 * @param {number} events
 * @param {string} [tracePath] where to save the run's detailed trace, if anywhere
 * @returns {Promise<Run>}
 */
async function measure(browser, browserCdp, base, events, tracePath) {
	const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'no-preference' });
	try {
		const page = await context.newPage();
		/** @type {string[]} */
		const errors = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('requestfailed', (request) => errors.push(`${request.url()}: ${request.failure()?.errorText}`));
		page.on('response', (response) => {
			if (response.status() >= 400) errors.push(`${response.url()}: HTTP ${response.status()}`);
		});
		const url = `${base}${PAGE}?n=${events}&seed=${seed}`;
		// A new context is a new browser window, and headless Chromium builds its top-chrome WebUI
		// (omnibox popup and the like) for each one: 150–600 ms of CPU in another renderer. Let that
		// finish first, so the navigation is timed in a settled window, as a reader's would be.
		await page.goto('about:blank');
		await settle(browserCdp);
		// Traced throughout, for CPU time next to wall-clock time (see threadTime.js).
		const cdp = await context.newCDPSession(page);
		const stopTrace = await startTrace(cdp, tracePath ? DETAILED_CATEGORIES : undefined);
		// Ready is said in the console, listened for from before the navigation: polling the page
		// (waitForFunction) would inject Playwright's own script (330 KB, 40–80 ms of the main
		// thread) while the page's scripts start.
		const ready = page.waitForEvent('console', {
			predicate: (message) => message.text() === 'bench-ready',
			timeout
		});
		ready.catch(() => {});
		// Ready, or an uncaught error (the app failed to start, say): whichever comes first, awaited below.
		const failed = new Promise((_, reject) =>
			page.once('pageerror', (error) => reject(new Error(`${url}: ${error.message}`)))
		);
		failed.catch(() => {});
		const response = await page.goto(url, { timeout });
		if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
		await Promise.race([ready, failed]).catch((/** @type {Error} */ error) => {
			throw new Error(`${error.message.split('\n')[0]}${errors.length ? ` (${errors.join('; ')})` : ''}`);
		});
		const state = await page.evaluate(() => ({
			ready: document.body.dataset.benchReady,
			error: document.body.dataset.benchError,
			source: document.body.dataset.benchSource,
			marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
			navigation: (() => {
				const nav = /** @type {PerformanceNavigationTiming} */ (
					performance.getEntriesByType('navigation')[0]
				);
				return {
					responseEnd: nav.responseEnd,
					domInteractive: nav.domInteractive,
					domContentLoaded: nav.domContentLoadedEventEnd,
					load: nav.loadEventEnd
				};
			})()
		}));
		if (state.ready !== 'true') throw new Error(`the bench page failed: ${state.error}`);
		if (state.source !== 'fetched') throw new Error(`${url}: the story was ${state.source}, not fetched`);
		const marks = state.marks;

		await cdp.send('HeapProfiler.collectGarbage');
		const heap = await cdp.send('Runtime.getHeapUsage');

		const domNodes = await page.evaluate(() => /** @type {any} */ (window).benchNodes());
		const result = await within(
			page.evaluate((count) => /** @type {any} */ (window).benchSteps(count), steps),
			`${url}: ${steps} zoom/pan steps took over ${timeout} ms`
		);
		const traceEvents = await stopTrace();
		if (tracePath) writeAtomically(tracePath, JSON.stringify({ traceEvents }));
		const cpu = threadTimes(traceEvents, {
			spans: {
				start: [null, 'story-load-start'],
				load: ['story-load-start', 'story-loaded'],
				mount: ['story-loaded', 'timeline-mounted'],
				rendered: [null, 'timeline-rendered']
			},
			stepStart: 'bench-step-start',
			stepEnd: 'bench-step-end'
		});
		await cdp.detach();
		if (errors.length > 0) console.warn(`  ${events} events: page errors: ${errors.join(' | ')}`);
		return {
			events,
			startMs: marks['story-load-start'],
			loadMs: marks['story-loaded'] - marks['story-load-start'],
			mountMs: marks['timeline-mounted'] - marks['story-loaded'],
			paintMs: marks['timeline-rendered'] - marks['timeline-mounted'],
			renderedMs: marks['timeline-rendered'],
			completeMs: marks['story-complete'],
			heapMB: heap.usedSize / 1024 / 1024,
			domNodes,
			domNodesMax: result.maxNodes,
			stepTimes: result.times,
			stepLayoutTimes: result.layoutTimes,
			startCpuMs: cpu.spanCpuMs.start,
			loadCpuMs: cpu.spanCpuMs.load,
			mountCpuMs: cpu.spanCpuMs.mount,
			renderedCpuMs: cpu.spanCpuMs.rendered,
			stepCpuMs: cpu.stepCpuMs,
			stepKinds: result.kinds,
			frameIntervals: result.frameIntervals,
			stepTarget: result.target,
			stepsChanged: result.changed,
			navigation: state.navigation,
			errors
		};
	} finally {
		await context.close();
	}
}

/**
 * Waits until Chromium is idle: until all its processes together use under a tenth of a core
 * over two 100 ms checks in a row (at most 5 s). `SystemInfo.getProcessInfo` gives each process's
 * CPU time so far, in seconds.
 * @param {import('playwright-core').CDPSession} browserCdp a browser-level session
 */
async function settle(browserCdp) {
	const cpuSeconds = async () => {
		const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
		return processInfo.reduce((sum, p) => sum + p.cpuTime, 0);
	};
	const interval = 100;
	const deadline = performance.now() + 5000;
	let quiet = 0;
	let last = await cpuSeconds();
	while (quiet < 2 && performance.now() < deadline) {
		await new Promise((resolve) => setTimeout(resolve, interval));
		const now = await cpuSeconds();
		quiet = (now - last) * 1000 < interval / 10 ? quiet + 1 : 0;
		last = now;
	}
}

/**
 * Each size's story as its two files of JSON, made by the page's own generator (so there is one
 * generator).
 * @param {import('playwright-core').Browser} browser
 * @param {string} base
 * @returns {Promise<Map<number, StoryFiles>>}
 */
async function storiesAsJson(browser, base) {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(`${base}${PAGE}?n=1`, { timeout });
		await page.waitForFunction(() => document.body.dataset.benchReady === 'true', null, { timeout });
		/** @type {Map<number, StoryFiles>} */
		const stories = new Map();
		for (const n of sizes) {
			const json = await page.evaluate(
				([count, s]) => /** @type {any} */ (window).benchStory(count, s),
				[n, seed]
			);
			stories.set(n, json);
		}
		return stories;
	} finally {
		await context.close();
	}
}

const megabytes = (/** @type {string | undefined} */ text) => round(Buffer.byteLength(text ?? '') / 1e6, 2);

/**
 * The medians of a size's runs, as a table row.
 * @param {Run[]} sizeRuns
 */
function row(sizeRuns) {
	/** @param {(run: Run) => number} metric */
	const med = (metric) => median(sizeRuns.map(metric));
	return {
		events: sizeRuns[0].events,
		'index MB': megabytes(storyFiles.get(sizeRuns[0].events)?.index),
		'details MB': megabytes(storyFiles.get(sizeRuns[0].events)?.details),
		'rendered ms': round(med((r) => r.renderedMs)),
		'complete ms': round(med((r) => r.completeMs)),
		'start ms': round(med((r) => r.startMs)),
		'load ms': round(med((r) => r.loadMs)),
		'mount ms': round(med((r) => r.mountMs)),
		'paint ms': round(med((r) => r.paintMs)),
		'heap MB': round(med((r) => r.heapMB)),
		'DOM nodes': Math.round(med((r) => r.domNodes)),
		'DOM max': Math.round(med((r) => r.domNodesMax)),
		'frame med ms': round(
			med((r) => median(r.stepTimes)),
			2
		),
		'frame p95 ms': round(
			med((r) => quantile(r.stepTimes, 0.95)),
			2
		),
		'layout p95 ms': round(
			med((r) => quantile(r.stepLayoutTimes, 0.95)),
			2
		),
		'rAF p95 ms': round(med((r) => quantile(r.frameIntervals, 0.95))),
		'rendered CPU ms': round(med((r) => r.renderedCpuMs)),
		'start CPU ms': round(med((r) => r.startCpuMs)),
		'load CPU ms': round(med((r) => r.loadCpuMs)),
		'mount CPU ms': round(med((r) => r.mountCpuMs)),
		'frame CPU med': round(
			med((r) => median(r.stepCpuMs)),
			2
		),
		'frame CPU p95': round(
			med((r) => quantile(r.stepCpuMs, 0.95)),
			2
		)
	};
}

// Served from a copy, so a build started meanwhile (in another terminal) cannot pull files from
// under a running page.
const snapshot = mkdtempSync(join(tmpdir(), 'bench-timeline-'));
cpSync(BUILD, snapshot, { recursive: true });
const serve = sirv(snapshot, { dev: false, etag: true, extensions: ['html'] });
const pageHtml = readFileSync(join(snapshot, PAGE, 'index.html'), 'utf8');
/**
 * @typedef {object} StoryFiles a story's two files, as JSON
 * @property {string} index
 * @property {string} details
 */
/** The bench page's HTML, and the story it loads: the current size's, once there is one. */
let benchHtml = pageHtml;
/** @type {StoryFiles | undefined} */
let story;
/** Each size's story files. */
/** @type {Map<number, StoryFiles>} */
let storyFiles = new Map();
const server = createServer((request, response) => {
	const path = new URL(request.url ?? '/', 'http://localhost').pathname;
	const body =
		path === PAGE
			? benchHtml
			: path === `${PAGE}${STORY_FILES.index}`
				? story?.index
				: path === `${PAGE}${STORY_FILES.details}`
					? story?.details
					: undefined;
	if (body !== undefined) {
		response.setHeader('content-type', path === PAGE ? 'text/html; charset=utf-8' : 'application/json');
		response.setHeader('cache-control', 'no-store');
		response.end(body);
		return;
	}
	serve(request, response, () => {
		response.statusCode = 404;
		response.end('Not found');
	});
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = /** @type {import('node:net').AddressInfo} */ (server.address());
const base = `http://127.0.0.1:${address.port}`;

const browser = await launchChromium();
const browserCdp = await browser.newBrowserCDPSession();
let exitCode = 0;
try {
	const started = performance.now();
	console.log(
		`Timeline benchmark: ${sizes.join(', ')} events, ${runs} run${runs === 1 ? '' : 's'} each (medians shown), ` +
			`${steps} zoom/pan steps, seed ${seed}, Chromium ${browser.version()}, ${cpus().length} cores`
	);
	const stories = await storiesAsJson(browser, base);
	storyFiles = stories;
	benchHtml = withStoryLink(pageHtml);
	/** @type {Run[][]} */
	const all = [];
	for (const events of sizes) {
		story = stories.get(events);
		/** @type {Run[]} */
		const sizeRuns = [];
		for (let i = 0; i < runs; i++) {
			const tracePath = options.trace ? join(options.trace, `timeline-${events}-${i + 1}.json`) : undefined;
			sizeRuns.push(await measure(browser, browserCdp, base, events, tracePath));
		}
		all.push(sizeRuns);
		console.log(
			`  ${events} events: rendered ${sizeRuns.map((r) => Math.round(r.renderedMs)).join(' / ')} ms`
		);
	}

	const rows = all.map(row);
	const checked = rows.find((r) => r.events === TARGET_EVENTS);
	const targets = checked
		? TARGETS.map((t) => {
				const value = /** @type {number} */ (checked[/** @type {keyof typeof checked} */ (t.key)]);
				return { target: t.label, value, result: t.pass(value) ? 'PASS' : 'FAIL' };
			})
		: [];
	console.table(
		rows.map((r) => ({
			...r,
			targets: r === checked ? targets.map((t) => `${t.result} ${t.target.split(' ')[0]}`).join(', ') : ''
		}))
	);
	if (checked) {
		console.log(`Targets at ${TARGET_EVENTS.toLocaleString('en')} events:`);
		for (const t of targets) console.log(`  ${t.result}  ${t.target.padEnd(20)} measured ${t.value}`);
		console.log('  (DOM nodes: the most seen, after rendering or any zoom/pan step.)');
	} else {
		console.log(`No ${TARGET_EVENTS}-event row: targets not checked.`);
	}
	const stepTarget = all[0][0].stepTarget;
	const inert = [
		...new Set(all.flat().flatMap((r) => Object.keys(r.stepsChanged).filter((k) => !r.stepsChanged[k])))
	];
	if (inert.length > 0)
		console.warn(
			`Warning: ${inert.join(', ')} steps left the timeline unchanged in some runs: for them the ` +
				'frame times measure event handling only, not a redraw.'
		);
	console.log(
		'Columns: rendered = navigation → timeline painted (start + load + mount + paint); start = ' +
			'navigation → bench page mounted; load = mounted → story index fetched and parsed; complete = ' +
			"navigation → the story's details fetched and added after the drawing; frame = one zoom/pan step (event → DOM → style + layout, " +
			`no paint), on ${stepTarget}; layout p95 = the style + layout part of a step; rAF p95 = frame-to-frame interval during the steps (with paint); ` +
			'CPU = main-thread thread time of mounting and of each timed step, from a trace (less disturbed than ' +
			'wall-clock time by other work on a shared machine).'
	);

	const output = {
		date: new Date().toISOString(),
		page: PAGE,
		chromium: browser.version(),
		node: process.version,
		cores: cpus().length,
		options: { sizes, runs, steps, seed, viewport: VIEWPORT, containerWidth: 1200 },
		stepTarget,
		rows,
		targets: { events: TARGET_EVENTS, results: targets },
		runs: all.flat()
	};
	writeAtomically(options.out, `${JSON.stringify(output, null, '\t')}\n`);
	console.log(`Written to ${options.out} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
} catch (error) {
	console.error(`Benchmark failed: ${error instanceof Error ? error.message : error}`);
	exitCode = 1;
} finally {
	await browser.close();
	server.close();
	rmSync(snapshot, { recursive: true, force: true });
}
process.exit(exitCode);
