#!/usr/bin/env node
/**
 * Lighthouse (mobile, its default simulated throttling) over the built story and embed pages,
 * in Debian's headless Chromium, served from build/ on a loopback port as a static host would
 * (gzip-compressed, with the headers the README asks for). Prints the four category scores per page, the median
 * of --runs runs, and writes them as JSON. Measures; exits 1 only when a page cannot be audited.
 *
 *   npm run build && npm run lighthouse
 *   npm run lighthouse -- --runs 3 --out bench-results/lighthouse.json
 *   npm run lighthouse -- --reports bench-results/lighthouse   (also each page's full report, last run)
 *   npm run lighthouse -- --site /tmp/other-build   (another build instead of build/)
 *   npm run lighthouse -- --runs 5 --compare /tmp/other-build   (two builds, run by run in turn)
 *   npm run lighthouse -- --page /geneva-2022/ --runs 10   (one page only; --page may repeat)
 *
 * It also lists each page's long tasks in the last run, as Lighthouse simulates them: the tasks
 * that make up its total blocking time (see longTaskRows).
 * With --compare it reads the runs pair by pair: how often the first build scored higher, how
 * likely that split is by chance, and the TBT difference per pair (pairs.js).
 *
 * This machine's speed drifts by a quarter within an hour, and a story page's score by ±4 from
 * one batch of runs to the next: compare two builds with --compare, which audits them in turn
 * (A, B, A, B …) so that both meet the same drift, rather than in two batches.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import sirv from 'sirv';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import { comparePairs, describePairs, median } from './pairs.js';
import { writeAtomically } from './writeAtomically.js';

const PAGES = ['/geneva-2022/', '/geneva-2022/embed/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The metrics behind the performance score, in ms (CLS unitless), to see what moved it. */
const METRICS = {
	'first-contentful-paint': 'FCP ms',
	'largest-contentful-paint': 'LCP ms',
	'total-blocking-time': 'TBT ms',
	'cumulative-layout-shift': 'CLS',
	'speed-index': 'SI ms'
};
/**
 * One line per long task of a report, in time order: when it starts, how long it lasts and whose
 * it is ("the page" for the document's own parsing, styling and layout).
 * @param {import('lighthouse').Result} lhr
 */
function longTaskRows(lhr) {
	const details = /** @type {any} */ (lhr.audits['long-tasks']?.details);
	const urls = /** @type {string[]} */ (details?.debugData?.urls ?? []);
	const tasks = /** @type {Array<{ urlIndex: number, startTime: number, duration: number }>} */ (
		details?.debugData?.tasks ?? []
	);
	return [...tasks]
		.sort((a, b) => a.startTime - b.startTime)
		.map(({ urlIndex, startTime, duration }) => {
			const owner = urls[urlIndex] ?? '?';
			const who = owner === lhr.finalDisplayedUrl ? 'the page' : owner.replace(/^https?:\/\/[^/]+/, '');
			return `    ${String(Math.round(startTime)).padStart(5)} ms  ${String(Math.round(duration)).padStart(4)} ms  ${who}`;
		});
}

/** The goals from the embed issue: performance ≥ 98, the rest 100. */
const GOALS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };

const { values: options } = parseArgs({
	options: {
		runs: { type: 'string', default: '1' },
		out: { type: 'string', default: 'bench-results/lighthouse.json' },
		/** A folder for each page's full Lighthouse report (JSON, the last run): what it blames. */
		reports: { type: 'string' },
		/** The built site to serve. */
		site: { type: 'string', default: 'build' },
		/** A second built site, audited in turn with the first. */
		compare: { type: 'string' },
		/** Audit only this page (may repeat): more runs of one page in the same time. */
		page: { type: 'string', multiple: true }
	}
});
const pages = options.page?.length ? options.page : PAGES;
const runs = Math.max(1, Number(options.runs) || 1);

/**
 * A copy of build/ with a .gz beside every text file, so the pages travel compressed as from any
 * real host (sirv serves the .gz when the browser accepts it): Lighthouse's simulated slow 4G
 * would otherwise weigh uncompressed bytes.
 * @param {string} dir
 */
function precompress(dir) {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) precompress(path);
		else if (/\.(html|js|css|json|svg|txt)$/.test(name))
			writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
	}
}
/**
 * Serves a copy of a built site, precompressed, on a loopback port.
 * @param {string} site
 */
async function serveSite(site) {
	const served = mkdtempSync(join(tmpdir(), 'lighthouse-site-'));
	cpSync(site, served, { recursive: true });
	precompress(served);
	const serve = sirv(served, {
		gzip: true,
		dev: false,
		etag: true,
		extensions: ['html'],
		setHeaders: (response) => response.setHeader('Access-Control-Allow-Origin', '*')
	});
	const server = createServer((request, response) =>
		serve(request, response, () => {
			response.statusCode = 404;
			response.end('Not found');
		})
	);
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const address = server.address();
	return {
		site,
		base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
		close: () => {
			server.close();
			rmSync(served, { recursive: true, force: true });
		}
	};
}
const sites = await Promise.all([options.site, ...(options.compare ? [options.compare] : [])].map(serveSite));
/** A row's name: the page, and which build when there are two. */
const rowName = (/** @type {string} */ path, /** @type {string} */ site) =>
	sites.length === 1 ? path : `${path} (${site})`;

const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });

/** @type {Record<string, Record<string, number>>} */
const results = {};
/** @type {Record<string, string[]>} */
const longTasks = {};
/** Every run's long tasks, in the JSON only: to see what a slow run spent its time on. */
/** @type {Record<string, string[][]>} */
const longTasksByRun = {};
/** Each run's performance score and TBT, per row: medians of a few runs hide how far they spread. */
/** @type {Record<string, string>} */
const spread = {};
/** With --compare, each page's runs read pair by pair (pairs.js). */
/** @type {Record<string, string>} */
const paired = {};
let failed = false;
try {
	for (const path of pages) {
		/** @type {Map<string, Record<string, number[]>>} */
		const scoresBySite = new Map(
			sites.map(({ site }) => [
				site,
				Object.fromEntries([...CATEGORIES, ...Object.values(METRICS)].map((c) => [c, []]))
			])
		);
		for (let run = 0; run < runs && !failed; run += 1) {
			for (const { site, base } of sites) {
				const scores = /** @type {Record<string, number[]>} */ (scoresBySite.get(site));
				const result = await lighthouse(`${base}${path}`, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: CATEGORIES
				});
				const categories = result?.lhr.categories;
				if (!categories || result.lhr.runtimeError) {
					console.error(
						`${rowName(path, site)}: Lighthouse could not audit the page (${result?.lhr.runtimeError?.message ?? 'no result'})`
					);
					failed = true;
					break;
				}
				if (options.reports && run === runs - 1) {
					const page = path.replace(/^\/|\/$/g, '').replaceAll('/', '-') || 'index';
					const name = sites.length === 1 ? page : `${page}-${sites.findIndex((s) => s.site === site) + 1}`;
					writeAtomically(join(options.reports, `${name}.json`), JSON.stringify(result.lhr));
				}
				const tasks = longTaskRows(result.lhr);
				if (run === runs - 1) longTasks[rowName(path, site)] = tasks;
				(longTasksByRun[rowName(path, site)] ??= []).push(tasks);
				for (const c of CATEGORIES) scores[c].push(Math.round((categories[c].score ?? 0) * 100));
				for (const [audit, label] of Object.entries(METRICS)) {
					const value = result.lhr.audits[audit]?.numericValue ?? NaN;
					scores[label].push(label === 'CLS' ? Number(value.toFixed(3)) : Math.round(value));
				}
			}
		}
		for (const [site, scores] of scoresBySite) {
			spread[rowName(path, site)] = scores.performance
				.map((score, i) => `${score} (${scores['TBT ms'][i]} ms)`)
				.join(', ');
			results[rowName(path, site)] = Object.fromEntries(
				Object.entries(scores).map(([key, values]) => [key, median(values)])
			);
		}
		if (sites.length === 2) {
			const [first, second] = [...scoresBySite.values()].map((scores) =>
				scores.performance.map((score, i) => ({ score, tbt: scores['TBT ms'][i] }))
			);
			paired[path] =
				`${sites[0].site} against ${sites[1].site}, run by run: ${describePairs(comparePairs(first, second))}`;
		}
	}
} finally {
	await chrome.kill();
	for (const site of sites) site.close();
}

console.log(
	`Lighthouse 12 (mobile), median of ${runs} run(s)${sites.length > 1 ? ', the two builds in turn' : ''}; goals: ${JSON.stringify(GOALS)}`
);
console.table(results);
console.log('Each run, performance (TBT):');
for (const [row, runsText] of Object.entries(spread)) console.log(`  ${row}: ${runsText}`);
for (const [path, text] of Object.entries(paired)) console.log(`${path}: ${text}`);
for (const [path, scores] of Object.entries(results)) {
	const missed = CATEGORIES.filter((c) => scores[c] < GOALS[/** @type {keyof typeof GOALS} */ (c)]);
	console.log(`${path}: ${missed.length === 0 ? 'all goals met' : `below goal: ${missed.join(', ')}`}`);
}
console.log(
	"Long tasks in the last run (start, duration), in Lighthouse's simulated ms: a task that lays out is " +
		'slowed 2×, any other 4×. TBT is the mean of two simulations; the one with the earlier first paint ' +
		"also counts the page's first layout:"
);
for (const [page, rows] of Object.entries(longTasks)) console.log(`  ${page}\n${rows.join('\n')}`);
writeAtomically(
	options.out,
	JSON.stringify(
		{
			runs,
			sites: sites.map((s) => s.site),
			goals: GOALS,
			results,
			spread,
			paired,
			longTasks,
			longTasksByRun
		},
		null,
		2
	)
);
console.log(`Written to ${options.out}`);
if (failed) process.exitCode = 1;
