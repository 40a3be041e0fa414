#!/usr/bin/env node
/**
 * Prints what each prerendered page costs a reader: its HTML and the JavaScript it loads,
 * raw and gzipped, from build/. Run after `npm run build`.
 *
 *   npm run size
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';

const BUILD = 'build';
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

/** The page's scripts: every module it imports or preloads, followed through static imports. */
/**
 * @param {string} htmlPath
 * @returns {string[]}
 */
function scriptsOf(htmlPath) {
	const html = readFileSync(htmlPath, 'utf8');
	/** @type {Set<string>} */
	const seen = new Set();
	const queue = [...html.matchAll(/(?:href|src|import\()\s*=?\s*["']([^"']+\.js)["']/g)].map((m) =>
		resolve(dirname(htmlPath), m[1])
	);
	while (queue.length > 0) {
		const file = /** @type {string} */ (queue.pop());
		if (seen.has(file)) continue;
		seen.add(file);
		const code = readFileSync(file, 'utf8');
		for (const m of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
			queue.push(resolve(dirname(file), m[1]));
	}
	return [...seen];
}

const rows = htmlFiles(BUILD)
	.sort()
	.map((path) => {
		const html = readFileSync(path);
		const scripts = scriptsOf(path).map((file) => readFileSync(file));
		return {
			page: `/${relative(BUILD, path)}`,
			html: kib(html.length),
			'html gz': kib(gz(html)),
			'js files': scripts.length,
			js: kib(scripts.reduce((sum, s) => sum + s.length, 0)),
			'js gz': kib(scripts.reduce((sum, s) => sum + gz(s), 0))
		};
	});
console.table(rows);
