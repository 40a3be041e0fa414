import { describe, expect, it } from 'vitest';
import { loadStory } from '$lib/story/loadStory';
import type { Story } from '$lib/story/types';
import { CARD, socialCardSvg, wrapText } from './socialCard';
import { svgToPng } from './socialCardPng';

const story = loadStory('geneva-2022');

describe('wrapText', () => {
	it.each([
		['Genève, Brussel, Wenen', 34, 2, ['Genève, Brussel, Wenen']],
		['one two three four', 9, 2, ['one two', 'three…']],
		['one two three four', 9, 3, ['one two', 'three', 'four']],
		['', 10, 2, []],
		['  spaced   out  ', 20, 1, ['spaced out']]
	])('%s at %i chars, %i lines', (text, chars, lines, expected) => {
		expect(wrapText(text, chars, lines)).toEqual(expected);
	});
});

describe('socialCardSvg', () => {
	it.each(['nl', 'en'] as const)(
		'draws the title, the publication marker and the events in view (%s)',
		(lang) => {
			const svg = socialCardSvg(story, lang);
			expect(svg).toContain(`width="${CARD.width}" height="${CARD.height}"`);
			expect(svg).toContain(story.title[lang]);
			expect(svg).toContain(lang === 'nl' ? 'artikel verschenen' : 'article published');
			// Dots for the week's events: eight events, the 2019 council lies outside the framed week.
			expect(svg.match(/<circle /g)?.length).toBe(6);
			expect(svg).toContain(lang === 'nl' ? 'ma 10 jan.' : 'Mon 10 Jan');
		}
	);

	it('escapes markup in authored text', () => {
		const hostile: Story = { ...story, title: { nl: 'A & B <script>"x"</script>', en: 'x' } };
		const svg = socialCardSvg(hostile, 'nl');
		expect(svg).toContain('A &amp; B &lt;script&gt;&quot;x&quot;&lt;/script&gt;');
		expect(svg).not.toContain('<script>');
	});
});

describe('svgToPng', () => {
	it('renders the card at 1200 × 630', () => {
		const png = svgToPng(socialCardSvg(story, 'en'));
		const view = new DataView(png.buffer, png.byteOffset);
		expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
		expect([view.getUint32(16), view.getUint32(20)]).toEqual([CARD.width, CARD.height]);
	});
});
