import { describe, expect, it } from 'vitest';
import { loadStory } from '$lib/story/loadStory';
import type { PlaceKind } from '$lib/story/types';
import { buildStoryMap } from './buildStoryMap';
import { numberPlaces, ROUTE_GAP, routeArcs, type SequencePlace } from './sequence';

const at = (placeId: string, kind: PlaceKind = 'city', x = 0, y = 0, meeting = true): SequencePlace => ({
	placeId,
	kind,
	meeting,
	x,
	y
});

describe('numberPlaces', () => {
	it.each<[string, SequencePlace[], (number | undefined)[]]>([
		['no places', [], []],
		['one city', [at('a')], [1]],
		['cities in the given order', [at('a'), at('b'), at('c')], [1, 2, 3]],
		['a border first keeps its diamond', [at('b', 'border'), at('g'), at('m')], [undefined, 1, 2]],
		[
			'regions and countries in between',
			[at('a'), at('r', 'region'), at('c', 'country'), at('d')],
			[1, undefined, undefined, 2]
		],
		['only non-cities', [at('b', 'border'), at('r', 'region')], [undefined, undefined]],
		[
			'a city of statements only is not a stop',
			[at('g'), at('m', 'city', 0, 0, false), at('b')],
			[1, undefined, 2]
		]
	])('%s', (_, places, expected) => {
		expect(numberPlaces(places)).toEqual(expected);
	});
});

describe('routeArcs', () => {
	it.each<[string, SequencePlace[], [string, string][]]>([
		['no places', [], []],
		['one city', [at('a', 'city', 0, 0)], []],
		['two cities', [at('a', 'city', 0, 0), at('b', 'city', 100, 0)], [['a', 'b']]],
		[
			'skips a border between cities',
			[at('x', 'border', 50, 50), at('a', 'city', 0, 0), at('b', 'city', 100, 0), at('c', 'city', 100, 100)],
			[
				['a', 'b'],
				['b', 'c']
			]
		],
		[
			'passes by a city of statements only',
			[at('g', 'city', 0, 0), at('m', 'city', 300, 0, false), at('b', 'city', 100, 100)],
			[['g', 'b']]
		],
		['leaves out places drawn on top of each other', [at('a', 'city', 0, 0), at('b', 'city', 5, 5)], []]
	])('%s', (_, places, expected) => {
		expect(routeArcs(places).map((r) => [r.from, r.to])).toEqual(expected);
	});

	it('ends short of the target along the curve, bowed to the left of travel', () => {
		const [route] = routeArcs([at('a', 'city', 0, 0), at('b', 'city', 200, 0)]);
		const [sx, sy, cx, cy, ex, ey] = route.d.match(/-?[\d.]+/g)!.map(Number);
		expect(Math.hypot(sx, sy)).toBeCloseTo(ROUTE_GAP.start, 0);
		expect(Math.hypot(200 - ex, ey)).toBeCloseTo(ROUTE_GAP.end, 0);
		// Travelling east with y down, left is up (negative y).
		expect(cx).toBeCloseTo(100, 0);
		expect(cy).toBeLessThan(-20);
	});
});

describe('the Geneva story', () => {
	const map = buildStoryMap(loadStory('geneva-2022'));

	it('numbers the meeting places by their first event; Moscow (statements) and the border get none', () => {
		expect(map.markers.map((m) => [m.placeId, m.order, m.statementsOnly])).toEqual([
			['russia-ukraine-border', undefined, false],
			['geneva', 1, false],
			['moscow', undefined, true],
			['brussels', 2, false],
			['vienna', 3, false]
		]);
	});

	it('draws the talks as two arcs, Geneva → Brussels → Vienna', () => {
		expect(map.routes?.map((r) => `${r.from}>${r.to}`)).toEqual(['geneva>brussels', 'brussels>vienna']);
		for (const route of map.routes ?? [])
			expect(route.d).toMatch(/^M[\d.]+,[\d.]+Q[\d.]+,[\d.]+ [\d.]+,[\d.]+$/);
	});
});
