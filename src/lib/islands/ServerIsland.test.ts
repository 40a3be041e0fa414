import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Island from './Island.svelte';
import IslandProbe from './IslandProbe.test.svelte';

// What the prerendered page holds: the browser's side is tested end to end (story.test.ts).
function prerender(variants?: Record<string, { label?: string }>) {
	return render(Island<{ label: string }>, {
		props: { id: 'probe', component: IslandProbe, props: { label: 'Geneva' }, variants },
		context: new Map([['from', 'the page']])
	}).body;
}
const ids = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
const textOf = (html: string) => html.replace(/<[^>]*>/g, '');

describe('Island on the server', () => {
	it('prerenders its part inside its own element, with the page’s contexts and its own id prefix', () => {
		const html = prerender();
		expect(html).toContain('data-island="probe"');
		expect(textOf(html)).toBe('Geneva · the page');
		expect(ids(html)).toHaveLength(1);
		expect(ids(html)[0]).toMatch(/^probe/);
		expect(html).not.toContain('data-variant');
	});

	it('prerenders each variant in turn, with its own props and ids that differ', () => {
		const html = prerender({ wide: {}, narrow: { label: 'Genève' } });
		const variants = [...html.matchAll(/<div data-variant="(\w+)">(.*?)<\/div>/g)];
		expect(variants.map((match) => match[1])).toEqual(['wide', 'narrow']);
		expect(variants.map((match) => textOf(match[2]))).toEqual(['Geneva · the page', 'Genève · the page']);
		const [wide, narrow] = ids(html);
		expect(wide).toMatch(/^probe-wide/);
		expect(narrow).toMatch(/^probe-narrow/);
	});
});
