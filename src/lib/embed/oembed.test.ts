import { describe, expect, it } from 'vitest';
import { INITIAL_EMBED_HEIGHT } from './heights';
import { oembedPath, oembedResponse } from './oembed';

const SITE = 'https://news.example';
const input = { siteUrl: SITE, slug: 'geneva-2022', title: 'Talks in Geneva', lang: 'en' } as const;

describe('oembedPath', () => {
	it.each([
		['nl', '/geneva-2022/oembed.json'],
		['en', '/en/geneva-2022/oembed.json']
	] as const)('%s → %s', (lang, path) => {
		expect(oembedPath(lang, 'geneva-2022')).toBe(path);
	});
});

describe('oembedResponse', () => {
	it('is a rich oEmbed 1.0 response whose html embeds the story with the parent script', () => {
		const response = oembedResponse(input);
		expect(response).toMatchObject({
			type: 'rich',
			version: '1.0',
			title: 'Talks in Geneva',
			provider_name: 'Diplomatic Timeline',
			provider_url: `${SITE}/en/`,
			width: 640,
			height: INITIAL_EMBED_HEIGHT.timeline,
			cache_age: 86_400
		});
		expect(response.html).toMatch(
			new RegExp(`^<iframe src="${SITE}/en/geneva-2022/embed/" title="Interactive timeline: Talks in Geneva"`)
		);
		expect(response.html).toContain(`<script src="${SITE}/embed/frames.js" defer></script>`);
	});

	it.each([
		['nl', 'Diplomatieke tijdlijn', `${SITE}/`],
		['en', 'Diplomatic Timeline', `${SITE}/en/`]
	] as const)('names the provider in %s', (lang, name, url) => {
		expect(oembedResponse({ ...input, lang })).toMatchObject({ provider_name: name, provider_url: url });
	});

	it('has all three thumbnail fields or none', () => {
		const keys = (o: object) => Object.keys(o).filter((key) => key.startsWith('thumbnail_'));
		expect(keys(oembedResponse(input))).toEqual([]);
		const withThumbnail = oembedResponse({
			...input,
			thumbnail: { url: `${SITE}/screenshot.png`, width: 1280, height: 1000 }
		});
		expect(withThumbnail).toMatchObject({
			thumbnail_url: `${SITE}/screenshot.png`,
			thumbnail_width: 1280,
			thumbnail_height: 1000
		});
	});
});
