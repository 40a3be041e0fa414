import { describe, expect, it } from 'vitest';
import { INITIAL_EMBED_HEIGHT } from './heights';
import { VIEWS } from './options';
import { embedSnippet, type SnippetInput } from './snippet';

const SITE = 'https://news.example/timeline';
const base: SnippetInput = {
	siteUrl: SITE,
	slug: 'geneva-2022',
	title: 'Gesprekken in Genève',
	lang: 'nl',
	theme: 'light',
	view: 'timeline',
	responsive: true
};

/** The snippet parsed back, the way a host page's browser would read it. */
function parse(html: string) {
	const iframe = html.match(/^<iframe ([^>]*)><\/iframe>/);
	if (!iframe) throw new Error(`no iframe at the start of: ${html}`);
	const attributes = new Map<string, string>();
	for (const [, name, value] of iframe[1].matchAll(/([a-z-]+)(?:="([^"]*)")?/g))
		attributes.set(name, value ?? '');
	const unescape = (s: string) =>
		s
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&amp;/g, '&');
	return {
		attr: (name: string) => (attributes.has(name) ? unescape(attributes.get(name)!) : undefined),
		link: html
			.match(/<a href="([^"]*)">([^<]*)<\/a>/)
			?.slice(1)
			.map(unescape),
		scripts: [...html.matchAll(/<script src="([^"]*)" defer><\/script>/g)].map((m) => m[1])
	};
}

describe('embedSnippet', () => {
	it.each([
		[{ lang: 'nl', theme: 'light', view: 'timeline' }, `${SITE}/geneva-2022/embed/`],
		[{ lang: 'en', theme: 'light', view: 'timeline' }, `${SITE}/en/geneva-2022/embed/`],
		[{ lang: 'nl', theme: 'dark', view: 'timeline' }, `${SITE}/geneva-2022/embed/?theme=dark`],
		[{ lang: 'en', theme: 'auto', view: 'map' }, `${SITE}/en/geneva-2022/embed/?theme=auto&view=map`],
		[{ lang: 'nl', theme: 'light', view: 'both' }, `${SITE}/geneva-2022/embed/?view=both`]
	] as const)('options %o → src %s', (options, src) => {
		expect(parse(embedSnippet({ ...base, ...options })).attr('src')).toBe(src);
	});

	it.each(VIEWS)('reserves the initial height of the %s view', (view) => {
		const { attr } = parse(embedSnippet({ ...base, view }));
		expect(attr('height')).toBe(String(INITIAL_EMBED_HEIGHT[view]));
		expect(attr('width')).toBe('100%');
	});

	it.each([
		[
			'nl',
			'Interactieve tijdlijn: Gesprekken in Genève',
			'Bekijk de interactieve tijdlijn: Gesprekken in Genève'
		],
		[
			'en',
			'Interactive timeline: Gesprekken in Genève',
			'View the interactive timeline: Gesprekken in Genève'
		]
	] as const)('names the frame and links the full story in %s', (lang, title, linkText) => {
		const { attr, link } = parse(embedSnippet({ ...base, lang }));
		expect(attr('title')).toBe(title);
		expect(link).toEqual([`${SITE}${lang === 'nl' ? '' : '/en'}/geneva-2022/`, linkText]);
	});

	it('sandboxes the frame, keeps the referrer short, marks it for the parent script', () => {
		const { attr } = parse(embedSnippet(base));
		expect(attr('sandbox')?.split(' ').sort()).toEqual([
			'allow-popups',
			'allow-popups-to-escape-sandbox',
			'allow-scripts',
			'allow-top-navigation-by-user-activation'
		]);
		expect(attr('referrerpolicy')).toBe('strict-origin-when-cross-origin');
		expect(attr('loading')).toBe('lazy');
		expect(attr('style')).toBe('width:100%;border:0;display:block');
		expect(attr('allow')).toBe('fullscreen');
		expect(attr('data-timeline-embed')).toBe('');
	});

	it.each([
		[true, [`${SITE}/embed/frames.js`]],
		[false, []]
	])('responsive %s → parent scripts %o', (responsive, scripts) => {
		expect(parse(embedSnippet({ ...base, responsive })).scripts).toEqual(scripts);
	});

	it('escapes quotes, ampersands and angle brackets in every value', () => {
		const title = `"Q&A" <b>Russia's</b> 'red lines'`;
		const html = embedSnippet({ ...base, title, siteUrl: 'https://x.example/a&b' });
		// Only our own tags: iframe, p, a, script, each opened and closed.
		expect(html.match(/</g)).toHaveLength(8);
		expect(html).not.toContain('<b>');
		expect(html).not.toContain(`"Q&A"`);
		const { attr, link, scripts } = parse(html);
		expect(attr('title')).toBe(`Interactieve tijdlijn: ${title}`);
		expect(attr('src')).toBe('https://x.example/a&b/geneva-2022/embed/');
		expect(link?.[1]).toBe(`Bekijk de interactieve tijdlijn: ${title}`);
		expect(scripts).toEqual(['https://x.example/a&amp;b/embed/frames.js']);
	});
});
