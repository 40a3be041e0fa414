import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadStory } from '$lib/story/loadStory';
import { baseMapSvg } from './baseMapSvg';
import { buildStoryMap } from './buildStoryMap';
import { FRAME_VARIANTS, MAP_FRAMES } from './frames';

const story = loadStory('geneva-2022');

describe.each(FRAME_VARIANTS)('the %s base map file', (variant) => {
	const map = buildStoryMap(story, MAP_FRAMES[variant]);
	const svg = baseMapSvg(map);

	it('is a standalone SVG of the frame’s size', () => {
		const { width, height } = MAP_FRAMES[variant];
		expect(svg).toMatch(
			new RegExp(
				`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`
			)
		);
		expect(svg.trim().endsWith('</svg>')).toBe(true);
	});

	it('draws every country once, the story’s countries in the emphasis colour', () => {
		for (const country of map.countries) expect(svg.split(`<path d="${country.d}"/>`)).toHaveLength(2);
		const emphasised = svg.match(/<g fill="#d6d3d1">(.*?)<\/g>/)![1];
		const ukraine = map.countries.find((c) => c.key === '804')!;
		const germany = map.countries.find((c) => c.key === '276')!;
		expect(emphasised).toContain(ukraine.d);
		expect(emphasised).not.toContain(germany.d);
	});

	it('hatches Crimea, and draws the boundaries and the inset globe', () => {
		expect(map.crimea).toBeTruthy();
		expect(svg).toContain(`<path d="${map.crimea}" fill="url(#hatch)"/>`);
		expect(svg).toContain('<pattern id="hatch"');
		expect(svg).toContain(`<path d="${map.boundaries}"`);
		expect(svg).toContain(`<g transform="translate(${map.inset!.x},${map.inset!.y})">`);
	});

	it('needs no other file: no external references, scripts or styles', () => {
		expect(svg).not.toMatch(/<script|<style|<image|href=|@import|url\((?!#)/);
	});

	it('stays within the 40 KB gzipped budget for map geometry', () => {
		const bytes = gzipSync(svg, { level: 9 }).length;
		console.log(`Geneva ${variant} base map: ${(bytes / 1024).toFixed(1)} KB gzipped`);
		expect(bytes).toBeLessThan(40 * 1024);
	});
});

it('leaves out what is not there: no Crimea outside the frame, no coast path without a coast', () => {
	const svg = baseMapSvg({ width: 10, height: 10, countries: [], boundaries: '' });
	expect(svg).not.toContain('url(#hatch)"/>');
	expect(svg).not.toContain('<path');
	expect(svg).toContain('<rect width="10" height="10" fill="#f0f6fa"/>');
});
