/**
 * The parent script newsrooms paste next to the iframe (static/embed/frames.js). Its behaviour
 * is tested in Chromium (tests/e2e/embed-code.test.ts); here what a host page pays for it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const source = readFileSync('static/embed/frames.js');

describe('static/embed/frames.js', () => {
	it('stays under 1 KB', () => {
		expect(source.byteLength).toBeLessThan(1024);
	});

	it('is a classic script that sets no globals (one function scope)', () => {
		const code = source.toString('utf8').replace(/^\/\*![\s\S]*?\*\/\s*/, '');
		expect(code.startsWith('(function(w,d){')).toBe(true);
		expect(code.trimEnd().endsWith('})(window,document);')).toBe(true);
		expect(code).not.toMatch(/\b(import|export)\b/);
	});
});
