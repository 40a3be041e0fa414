import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import { Selection, selectionContext } from '$lib/selection.svelte';
import { loadStory } from '$lib/story/loadStory';
import type { Lang } from '$lib/i18n/lang';
import { buildStoryMap } from './buildStoryMap';
import { COUNTRY_NAMES } from './countryNames';
import EventMap from './EventMap.svelte';

const story = loadStory('geneva-2022');
const map = buildStoryMap(story);

function renderMap(lang: Lang = 'nl') {
	const selection = new Selection(story.events.map((e) => e.id));
	const result = render(EventMap, { props: { map, story, lang }, context: selectionContext(selection) });
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
		expect(screen.getByRole('img', { name: title })).toBeInTheDocument();
		expect(screen.getAllByRole('link').map((link) => link.getAttribute('aria-label'))).toEqual(names);
	});

	it('shows each place name as a visible label in the current language', () => {
		renderMap('en');
		expect(markerFor('geneva')).toHaveTextContent('Geneva');
		expect(markerFor('moscow')).toHaveTextContent('Moscow');
	});

	it('links each marker to its place’s first event, so it works without JavaScript', () => {
		renderMap();
		for (const { placeId } of map.markers) {
			expect(markerFor(placeId)).toHaveAttribute('href', `?event=${firstEventAt(placeId)}`);
		}
		expect(markerFor('geneva')).toHaveAttribute('href', '?event=geneva-talks');
	});

	it('positions markers over the SVG in percentages', () => {
		renderMap();
		const geneva = map.markers.find((m) => m.placeId === 'geneva')!;
		expect(markerFor('geneva').style.left).toBe(`${(geneva.x / map.width) * 100}%`);
		expect(markerFor('geneva').style.top).toBe(`${(geneva.y / map.height) * 100}%`);
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
		const line = container.querySelector('path.border-place[data-place="russia-ukraine-border"]')!;
		expect(line).not.toHaveClass('selected');
		await selection.select('troop-build-up', 'timeline');
		await tick();
		expect(line).toHaveClass('selected');
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
		const group = container.querySelector('g.routes')!;
		expect(group).toHaveAttribute('aria-hidden', 'true');
		const routes = [...container.querySelectorAll('path.route')];
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

	it('shows a scale bar and an inset globe, both decorative', () => {
		const { container } = renderMap();
		const bar = container.querySelector('.scale-bar')!;
		expect(bar).toHaveAttribute('aria-hidden', 'true');
		expect(bar).toHaveTextContent(`${map.scaleBar!.km} km`);
		const inset = container.querySelector('g.inset')!;
		expect(inset).toHaveAttribute('aria-hidden', 'true');
		expect(inset.querySelector('path.inset-frame')).toHaveAttribute('d', map.inset!.frame);
	});

	it.each<[Lang, string]>([
		['nl', 'Oekraïne'],
		['en', 'Ukraine']
	])('names the emphasised countries that fit, in %s', (lang, ukraine) => {
		const { container } = renderMap(lang);
		const texts = [...container.querySelectorAll('.country-name')];
		const expected = (map.countryLabels ?? []).map((l) => COUNTRY_NAMES[l.key][lang]);
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
});
