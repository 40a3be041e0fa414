import { geoIdentity } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { compactPath } from './compactPath';

// The identity projection with y kept as is: coordinates are viewBox units.
const path = compactPath(geoIdentity(), { tolerance: 1, minRing: 1.5 });

describe('compactPath', () => {
	it.each([
		[
			'a line in relative tenths',
			{
				type: 'LineString',
				coordinates: [
					[10, 20],
					[12.5, 20],
					[12.5, 17.25]
				]
			},
			'm10,20l2.5,0 0-2.7'
		],
		[
			'drops vertices closer than the tolerance but keeps the end',
			{
				type: 'LineString',
				coordinates: [
					[0, 0],
					[0.3, 0],
					[0.6, 0],
					[5, 0],
					[5.4, 0]
				]
			},
			'm0,0l5,0 .4,0'
		],
		[
			'a closed ring',
			{
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[10, 0],
						[10, 10],
						[0, 0]
					]
				]
			},
			'm0,0l10,0 0,10z'
		],
		[
			'drops a speck of an island',
			{
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[1, 0],
						[1, 1],
						[0, 0]
					]
				]
			},
			''
		],
		[
			'moves relative to the start of the last ring',
			{
				type: 'MultiPolygon',
				coordinates: [
					[
						[
							[0, 0],
							[10, 0],
							[10, 10],
							[0, 0]
						]
					],
					[
						[
							[20, 0],
							[30, 0],
							[30, 10],
							[20, 0]
						]
					]
				]
			},
			'm0,0l10,0 0,10zm20,0l10,0 0,10z'
		]
	] as const)('%s', (_, object, d) => {
		expect(path(object as unknown as GeoJSON.Geometry)).toBe(d);
	});
});
