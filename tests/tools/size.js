#!/usr/bin/env node
/**
 * Prints what each prerendered page costs a reader: its HTML and the JavaScript it loads,
 * raw and gzipped, from build/, then the map's base map files (a story page fetches the one
 * frame it shows). Run after `npm run build`.
 *
 *   npm run size
 *
 * Budgets: a page whose JavaScript (at load plus what it loads later on its own) is over its
 * budget is listed and the command exits 1. Every script a page names (classic or module, such
 * as the embed's child.js and its one-file client, or SvelteKit's entry and preloads) is counted
 * with everything it imports, statically or dynamically.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';

const BUILD = 'build';
/** JavaScript budgets in KiB, gzipped, for pages whose path matches. */
const BUDGETS = [{ pages: /\/embed\/index\.html$/, label: 'embed', kib: 45 }];
const kib = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const gz = (/** @type {Buffer} */ buffer) => gzipSync(buffer, { level: 9 }).length;

/**
 * @param {string} dir
 * @returns {string[]}
 */
function htmlFiles(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/**
 * A module graph walk from `entries`, following static imports (and dynamic ones too when
 * `dynamic` is set).
 * @param {string[]} entries
 * @param {boolean} dynamic
 * @returns {Set<string>}
 */
function walk(entries, dynamic) {
	/** @type {Set<string>} */
	const seen = new Set();
	const queue = [...entries];
	const pattern = /(?:from\s*|import\s*|import\(\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
	while (queue.length > 0) {
		const file = /** @type {string} */ (queue.pop());
		if (seen.has(file)) continue;
		seen.add(file);
		const code = readFileSync(file, 'utf8');
		// The router's entry can import every route; only the page's own code counts.
		const follow =
			dynamic && !file.includes('/entry/') ? pattern : /(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
		for (const m of code.matchAll(follow)) queue.push(resolve(dirname(file), m[1]));
	}
	return seen;
}

/**
 * The page's scripts: what it loads to start (every module its HTML imports or preloads, with
 * their static imports), and what its code loads later on its own (dynamic imports, such as the
 * timeline's zoom and brush behaviours).
 * @param {string} htmlPath
 * @returns {{ initial: string[], deferred: string[] }}
 */
function scriptsOf(htmlPath) {
	const html = readFileSync(htmlPath, 'utf8');
	const entries = [...html.matchAll(/(?:href|src|import\()\s*=?\s*["']([^"']+\.js)["']/g)].map((m) =>
		resolve(dirname(htmlPath), m[1])
	);
	const initial = walk(entries, false);
	const everything = walk([...initial], true);
	const deferred = [...everything].filter((file) => !initial.has(file));
	return { initial: [...initial], deferred };
}

/** @param {Buffer[]} files */
const total = (files) => files.reduce((sum, s) => sum + s.length, 0);
/** @param {Buffer[]} files */
const totalGz = (files) => files.reduce((sum, s) => sum + gz(s), 0);

const rows = htmlFiles(BUILD)
	.sort()
	.map((path) => {
		const html = readFileSync(path);
		const { initial, deferred } = scriptsOf(path);
		const scripts = initial.map((file) => readFileSync(file));
		const later = deferred.map((file) => readFileSync(file));
		return {
			jsGzBytes: totalGz(scripts) + totalGz(later),
			page: `/${relative(BUILD, path)}`,
			html: kib(html.length),
			'html gz': kib(gz(html)),
			'js files': scripts.length,
			js: kib(total(scripts)),
			'js gz': kib(totalGz(scripts)),
			'later js gz': kib(totalGz(later))
		};
	});
console.table(rows.map(({ jsGzBytes: _bytes, ...row }) => row));

const MAPS = join(BUILD, 'maps');
/** @param {string} dir @returns {string[]} */
const svgFiles = (dir) =>
	readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? svgFiles(path) : name.endsWith('.svg') ? [path] : [];
	});
if (existsSync(MAPS)) {
	console.table(
		svgFiles(MAPS)
			.sort()
			.map((path) => {
				const svg = readFileSync(path);
				return { 'base map file': `/${relative(BUILD, path)}`, size: kib(svg.length), gz: kib(gz(svg)) };
			})
	);
}

let over = 0;
for (const budget of BUDGETS) {
	for (const row of rows.filter((r) => budget.pages.test(r.page))) {
		const used = row.jsGzBytes / 1024;
		const verdict = used <= budget.kib ? 'within' : 'OVER';
		if (used > budget.kib) over += 1;
		console.log(
			`${verdict} budget: ${row.page}: ${used.toFixed(1)} KiB of JavaScript gzipped (${budget.label} budget ${budget.kib} KiB)`
		);
	}
}
if (over > 0) process.exitCode = 1;
