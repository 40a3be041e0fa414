import { afterEach, describe, expect, it } from 'vitest';
import { siteUrl } from './site';

describe('siteUrl', () => {
	const saved = process.env.SITE_URL;
	afterEach(() => {
		if (saved === undefined) delete process.env.SITE_URL;
		else process.env.SITE_URL = saved;
	});

	it("defaults to data/site.json's address, without a trailing slash", () => {
		delete process.env.SITE_URL;
		expect(siteUrl()).toMatch(/^https:\/\/[^/]+[^/]$/);
	});

	it.each([
		['https://news.example.org/', 'https://news.example.org'],
		['https://news.example.org/graphics/timeline/', 'https://news.example.org/graphics/timeline']
	])('takes SITE_URL %s from a deployment', (value, expected) => {
		process.env.SITE_URL = value;
		expect(siteUrl()).toBe(expected);
	});

	it.each(['news.example.org', 'ftp://news.example.org', 'javascript:alert(1)'])(
		'refuses SITE_URL %s, naming it',
		(value) => {
			process.env.SITE_URL = value;
			expect(() => siteUrl()).toThrow(`SITE_URL: url: expected an http(s) address (found: "${value}")`);
		}
	);
});
