import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_OPTIONS, embedPath, embedQuery, parseEmbedOptions } from './options';

const IDS = ['geneva-talks', 'osce-vienna'];
const parse = (query: string) => parseEmbedOptions(new URLSearchParams(query), IDS);

describe('parseEmbedOptions', () => {
	it.each([
		['', {}],
		['lang=en', { lang: 'en' }],
		['lang=EN ', { lang: 'en' }],
		['lang=xx', {}],
		['theme=dark', { theme: 'dark' }],
		['theme=Auto', { theme: 'auto' }],
		['theme=%3Cscript%3E', {}],
		['view=both', { view: 'both' }],
		['view=map', { view: 'map' }],
		['view=everything', {}],
		['event=osce-vienna', { event: 'osce-vienna' }],
		['event=nope', {}],
		['event=', {}],
		['plain', { plain: true }],
		['plain=1', { plain: true }],
		['plain=true', { plain: true }],
		['plain=maybe', {}],
		['plain=0', {}],
		['childId=timeline-embed', { childId: 'timeline-embed' }],
		['childId=a%22b', {}],
		['childId=' + 'x'.repeat(65), {}],
		['theme=dark&theme=light', { theme: 'dark' }]
	])('%s', (query, expected) => {
		expect(parse(query)).toEqual({ ...DEFAULT_EMBED_OPTIONS, ...expected });
	});
});

describe('embedQuery', () => {
	it.each([
		[{}, ''],
		[DEFAULT_EMBED_OPTIONS, ''],
		[{ theme: 'dark' as const }, '?theme=dark'],
		[{ theme: 'auto' as const, view: 'both' as const }, '?theme=auto&view=both'],
		[{ event: 'osce-vienna', plain: true }, '?event=osce-vienna&plain=1']
	])('%o → %s', (options, expected) => {
		expect(embedQuery(options)).toBe(expected);
	});

	it('round-trips through parseEmbedOptions', () => {
		const options = {
			...DEFAULT_EMBED_OPTIONS,
			theme: 'dark' as const,
			view: 'map' as const,
			event: 'geneva-talks'
		};
		expect(parse(embedQuery(options).slice(1))).toEqual(options);
	});
});

describe('embedPath', () => {
	it.each([
		['nl', '/geneva-2022/embed/'],
		['en', '/en/geneva-2022/embed/']
	] as const)('%s', (lang, expected) => {
		expect(embedPath(lang, 'geneva-2022')).toBe(expected);
	});
});
