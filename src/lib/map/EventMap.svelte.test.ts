import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import { Selection, selectionContext } from '$lib/selection.svelte';
import { loadStory } from '$lib/story/loadStory';
import type { Lang } from '$lib/i18n/lang';
import { buildMapFrames } from './buildStoryMap';
import { COUNTRY_NAMES } from './countryNames';
import EventMap from './EventMap.svelte';

const story = loadStory('geneva-2022');
const map = buildMapFrames(story);

function renderMap(lang: Lang = 'nl') {
	const selection = new Selection(story.events.map((e) => e.id));
	const result = render(EventMap, {
		props: { map, story, lang, base: '' },
		context: selectionContext(selection)
	});
	return { selection, ...result };
}

/** story.events is in time order (same-day ties by id), so this is the place's first event. */
const firstEventAt = (placeId: string) => story.events.find((e) => e.placeId === placeId)!.id;
const markerFor = (placeId: string) =>
	screen.getAllByRole('link').find((link) => link.dataset.place === placeId)!;

describe('EventMap', () => {
	it.each<[Lang, string, string[]]>([
		[
			'nl',
			'Kaart van de plaatsen in Genève, Brussel, Wenen',
			[
				'Russisch-Oekraïense grens: 1 gebeurtenis',
				'Genève: 2 gebeurtenissen',
				'Moskou: 2 gebeurtenissen',
				'Brussel: 1 gebeurtenis',
				'Wenen: 1 gebeurtenis'
			]
		],
		[
			'en',
			'Map of the places in Geneva, Brussels, Vienna',
			[
				'Russian–Ukrainian border: 1 event',
				'Geneva: 2 events',
				'Moscow: 2 events',
				'Brussels: 1 event',
				'Vienna: 1 event'
			]
		]
	])('in %s: a labelled map with a link per place', (lang, title, names) => {
		renderMap(lang);
		// One per frame; the page's CSS shows one of them (e2e tests check which).
		expect(screen.getAllByRole('img', { name: title })).toHaveLength(2);
		expect(screen.getAllByRole('link').map((link) => link.getAttribute('aria-label'))).toEqual(names);
	});

	it('shows each place name as a visible label in the current language', () => {
		renderMap('en');
		expect(markerFor('geneva')).toHaveTextContent('Geneva');
		expect(markerFor('moscow')).toHaveTextContent('Moscow');
	});

	it('links each marker to its place’s first event, so it works without JavaScript', () => {
		renderMap();
		for (const { placeId } of map.wide.markers) {
			expect(markerFor(placeId)).toHaveAttribute('href', `?event=${firstEventAt(placeId)}`);
		}
		expect(markerFor('geneva')).toHaveAttribute('href', '?event=geneva-talks');
	});

	it.each(['wide', 'tall'] as const)('positions markers over the %s frame in percentages', (variant) => {
		renderMap();
		const frame = map[variant];
		const geneva = frame.markers.find((m) => m.placeId === 'geneva')!;
		const style = markerFor('geneva').style;
		expect(style.getPropertyValue(`--x-${variant}`)).toBe(`${(geneva.x / frame.width) * 100}%`);
		expect(style.getPropertyValue(`--y-${variant}`)).toBe(`${(geneva.y / frame.height) * 100}%`);
		expect(markerFor('geneva').dataset[`side${variant === 'wide' ? 'Wide' : 'Tall'}`]).toBe(geneva.labelSide);
	});

	it.each(['geneva', 'moscow', 'brussels', 'russia-ukraine-border'])(
		'clicking %s selects its first event',
		async (placeId) => {
			const eventId = firstEventAt(placeId);
			const { selection } = renderMap();
			await userEvent.setup().click(markerFor(placeId));
			await tick();
			expect(selection.selectedId).toBe(eventId);
			expect(selection.origin).toBe('map');
			expect(markerFor(placeId)).toHaveAttribute('aria-current', 'true');
			const others = screen.getAllByRole('link').filter((link) => link.dataset.place !== placeId);
			for (const other of others) expect(other).not.toHaveAttribute('aria-current');
		}
	);

	it('marks the place of any selected event, not only the first there', async () => {
		const { selection } = renderMap();
		const second = story.events.filter((e) => e.placeId === 'moscow')[1].id;
		await selection.select(second, 'timeline');
		await tick();
		expect(markerFor('moscow')).toHaveAttribute('aria-current', 'true');
		expect(markerFor('geneva')).toHaveClass('dimmed');
	});

	it('highlights the border line when its event is selected', async () => {
		const { selection, container } = renderMap();
		const lines = [...container.querySelectorAll('path.border-place[data-place="russia-ukraine-border"]')];
		expect(lines).toHaveLength(2);
		for (const line of lines) expect(line).not.toHaveClass('selected');
		await selection.select('troop-build-up', 'timeline');
		await tick();
		for (const line of lines) expect(line).toHaveClass('selected');
	});

	it('sets the hovered event on hover and focus, and clears it after', async () => {
		const { selection } = renderMap();
		const user = userEvent.setup();
		await user.hover(markerFor('vienna'));
		expect(selection.hoveredId).toBe('osce-vienna');
		await user.unhover(markerFor('vienna'));
		expect(selection.hoveredId).toBeNull();
		markerFor('brussels').focus();
		expect(selection.hoveredId).toBe('nato-russia-council');
		markerFor('brussels').blur();
		expect(selection.hoveredId).toBeNull();
	});

	it('lists places and event headlines for screen readers, and credits the data', () => {
		const { container } = renderMap('en');
		const list = container.querySelector('ul.visually-hidden') as HTMLElement;
		expect(within(list).getByText('US–Russian talks in Geneva')).toBeInTheDocument();
		expect(within(list).getByText('Kremlin: first talks “positive”')).toBeInTheDocument();
		expect(screen.getByText('Map: Natural Earth')).toBeInTheDocument();
		expect(screen.getByText(/^Crimea \(hatched\) is drawn as part of Ukraine/)).toBeInTheDocument();
	});

	it('numbers the meeting places in the order of their first events; Moscow, only statements, is drawn apart', () => {
		renderMap();
		const numberOf = (placeId: string) => markerFor(placeId).querySelector('.dot')!.textContent;
		expect(['geneva', 'moscow', 'brussels', 'vienna'].map(numberOf)).toEqual(['1', '', '2', '3']);
		expect(markerFor('moscow')).toHaveClass('statements');
		expect(markerFor('geneva')).not.toHaveClass('statements');
		expect(numberOf('russia-ukraine-border')).toBe('');
		expect(markerFor('russia-ukraine-border').querySelector('.dot')).not.toHaveClass('numbered');
	});

	it('draws the route arcs with arrowheads, hidden from screen readers, and highlights those at the selected place', async () => {
		const { selection, container } = renderMap();
		const group = container.querySelector('[data-frame="wide"] g.routes')!;
		expect(group).toHaveAttribute('aria-hidden', 'true');
		const routes = [...group.querySelectorAll('path.route')];
		expect(routes.map((r) => `${r.getAttribute('data-from')}>${r.getAttribute('data-to')}`)).toEqual([
			'geneva>brussels',
			'brussels>vienna'
		]);
		for (const route of routes) {
			const id = route.getAttribute('marker-end')!.match(/^url\(#(.+)\)$/)![1];
			expect(container.querySelector(`marker[id="${id}"]`)).not.toBeNull();
		}
		await selection.select('geneva-talks', 'timeline');
		await tick();
		expect(routes.map((r) => r.classList.contains('active'))).toEqual([true, false]);
		await selection.select('peskov-statement', 'timeline');
		await tick();
		expect(routes.map((r) => r.classList.contains('active'))).toEqual([false, false]);
	});

	it.each(['wide', 'tall'] as const)(
		'draws the %s frame on its base map file, with a decorative scale bar',
		(variant) => {
			const { container } = renderMap();
			const layer = container.querySelector(`[data-frame="${variant}"]`)!;
			const image = layer.querySelector('img.base')!;
			expect(image.getAttribute('src')).toMatch(new RegExp(`/maps/geneva-2022/${variant}\\.svg$`));
			expect(image).toHaveAttribute('alt', '');
			expect(image).toHaveAttribute('loading', 'lazy');
			expect(layer.querySelector('svg')).toHaveAttribute(
				'viewBox',
				`0 0 ${map[variant].width} ${map[variant].height}`
			);
			const bar = layer.querySelector('.scale-bar')!;
			expect(bar).toHaveAttribute('aria-hidden', 'true');
			expect(bar).toHaveTextContent(`${map[variant].scaleBar!.km} km`);
		}
	);

	it.each<[Lang, string]>([
		['nl', 'De kaart zelf kon niet worden geladen. De plaatsen staan hieronder in de lijst.'],
		['en', 'The map itself could not be loaded. The places are in the list below.']
	])(
		'in %s: says so when a base map file fails to load, and the markers keep working',
		async (lang, text) => {
			const { container, selection } = renderMap(lang);
			expect(screen.queryByRole('status')).toBeNull();
			container.querySelector('[data-frame="tall"] img.base')!.dispatchEvent(new Event('error'));
			await tick();
			expect(screen.getByRole('status')).toHaveTextContent(text);
			expect(container.querySelector('[data-frame="tall"]')).toHaveClass('failed');
			expect(container.querySelector('[data-frame="wide"]')).not.toHaveClass('failed');
			await userEvent.setup().click(markerFor('vienna'));
			expect(selection.selectedId).toBe('osce-vienna');
		}
	);

	it.each<[Lang, string]>([
		['nl', 'Oekraïne'],
		['en', 'Ukraine']
	])('names the emphasised countries that fit, in %s', (lang, ukraine) => {
		const { container } = renderMap(lang);
		const texts = [...container.querySelectorAll('[data-frame="wide"] .country-name')];
		const expected = (map.wide.countryLabels ?? []).map((l) => COUNTRY_NAMES[l.key][lang]);
		expect(texts.map((t) => t.textContent?.trim())).toEqual(expected);
		expect(expected).toContain(ukraine);
		for (const text of texts) expect(text).toHaveAttribute('aria-hidden', 'true');
	});

	it('shows the list of places to everyone with a toggle button', async () => {
		const { container } = renderMap();
		const user = userEvent.setup();
		const button = screen.getByRole('button', { name: 'Toon als lijst' });
		const list = container.querySelector('ul.place-list') as HTMLElement;
		expect(button).toHaveAttribute('aria-expanded', 'false');
		expect(button).toHaveAttribute('aria-controls', list.id);
		expect(list).toHaveClass('visually-hidden');
		await user.click(button);
		expect(button).toHaveAttribute('aria-expanded', 'true');
		expect(list).not.toHaveClass('visually-hidden');
		expect(within(list).getByText('Amerikaans-Russische gesprekken in Genève')).toBeVisible();
		await user.click(button);
		expect(button).toHaveAttribute('aria-expanded', 'false');
		expect(list).toHaveClass('visually-hidden');
	});

	it('shows a callout with the place and its events on hover and on focus; Escape hides it', async () => {
		renderMap('en');
		const user = userEvent.setup();
		const callout = () => document.querySelector('.callout');
		expect(callout()).toBeNull();
		await user.hover(markerFor('moscow'));
		expect(callout()).toHaveTextContent('Moscow');
		expect(callout()).toHaveTextContent('11 Jan 2022');
		expect(callout()).toHaveTextContent('Kremlin: first talks “positive”');
		expect(callout()).toHaveAttribute('aria-hidden', 'true');
		expect(markerFor('moscow')).toContainElement(callout() as HTMLElement);
		await user.keyboard('{Escape}');
		expect(callout()).toBeNull();
		await user.unhover(markerFor('moscow'));
		markerFor('vienna').focus();
		await tick();
		expect(markerFor('vienna')).toContainElement(callout() as HTMLElement);
		expect(callout()).toHaveTextContent('OSCE consultations in Vienna');
		await user.keyboard('{Escape}');
		expect(callout()).toBeNull();
		// Escape hides, it does not move focus or clear the hover highlight.
		expect(document.activeElement).toBe(markerFor('vienna'));
		markerFor('vienna').blur();
		markerFor('geneva').focus();
		await tick();
		expect(callout()).toHaveTextContent('Geneva');
		markerFor('geneva').blur();
		await tick();
		expect(callout()).toBeNull();
	});
});
