/** File output for the measuring scripts (bench, Lighthouse): whole or not at all. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a file whole or not at all: to a temporary name beside it, then renamed into place,
 * creating its folder if needed. An interrupted run leaves the previous file, not half a new one.
 * @param {string} path
 * @param {string} text
 */
export function writeAtomically(path, text) {
	mkdirSync(dirname(path), { recursive: true });
	const temporary = `${path}.${process.pid}.tmp`;
	writeFileSync(temporary, text);
	renameSync(temporary, path);
}
