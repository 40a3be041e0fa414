import { describe, expect, it } from 'vitest';
import { storyPath } from '$lib/i18n/paths';
import { listStorySlugs } from './loadStory';
import { storyEntries, storyFromParams } from './storyRoute';

describe('storyEntries', () => {
	it('lists every story in Dutch (no prefix) and English', () => {
		const entries = storyEntries();
		expect(entries).toHaveLength(listStorySlugs().length * 2);
		expect(entries).toContainEqual({ story: 'geneva-2022' });
		expect(entries).toContainEqual({ story: 'geneva-2022', lang: 'en' });
	});
});

describe('storyFromParams', () => {
	it.each([
		[{ story: 'geneva-2022' }, 'nl'],
		[{ story: 'geneva-2022', lang: 'en' }, 'en'],
		[{ story: 'geneva-2022', lang: 'xx' }, 'nl']
	])('%o → %s', (params, lang) => {
		const found = storyFromParams(params);
		expect([found.story.slug, found.lang]).toEqual(['geneva-2022', lang]);
	});

	it('answers an unknown story with a 404', () => {
		expect(() => storyFromParams({ story: 'nope' })).toThrow(expect.objectContaining({ status: 404 }));
	});
});

describe('storyPath', () => {
	it.each([
		['nl', undefined, '/geneva-2022/'],
		['en', undefined, '/en/geneva-2022/'],
		['en', 'card.png', '/en/geneva-2022/card.png'],
		['nl', 'present/', '/geneva-2022/present/']
	] as const)('%s %s → %s', (lang, file, expected) => {
		expect(storyPath(lang, 'geneva-2022', file)).toBe(expected);
	});
});
