import { describe, expect, it } from 'vitest';
import { slugify, uniqueIds } from './slug';

describe('slugify', () => {
	it.each([
		['Rózsa Péter writes recursion', 'rozsa-peter-writes-recursion'],
		['"The Mother of the Internet"', 'the-mother-of-the-internet'],
		['Whitney Houston 1963 - 2012', 'whitney-houston-1963-2012'],
		['Genève', 'geneve'],
		['...', ''],
		[
			'Spärck Jones makes search possible, and a very long headline follows here',
			'sparck-jones-makes-search-possible-and-a-very'
		]
	])('%s → %s', (text, slug) => {
		expect(slugify(text)).toBe(slug);
		expect(slug.length).toBeLessThanOrEqual(48);
	});
});

describe('uniqueIds', () => {
	it('numbers repeats and avoids ids already taken', () => {
		const next = uniqueIds(['geneva']);
		expect([next('geneva'), next('geneva'), next('vienna'), next('vienna')]).toEqual([
			'geneva-2',
			'geneva-3',
			'vienna',
			'vienna-2'
		]);
	});
});
