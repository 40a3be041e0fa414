import { describe, expect, it } from 'vitest';
import { comparePairs, describePairs, signTest } from '../tools/pairs.js';

const runs = (...values: [number, number][]) => values.map(([score, tbt]) => ({ score, tbt }));

describe('signTest', () => {
	it.each([
		[5, 5, 1],
		[8, 2, 0.109375],
		[9, 1, 0.021484375],
		[10, 0, 0.001953125],
		[0, 0, 1]
	])('%i against %i: %f', (a, b, chance) => {
		expect(signTest(a, b)).toBeCloseTo(chance, 9);
	});
});

describe('comparePairs', () => {
	it('reads run i of one build against run i of the other', () => {
		const pairs = comparePairs(
			runs([97, 180], [95, 240], [96, 200], [98, 150]),
			runs([96, 210], [95, 230], [97, 190], [93, 300])
		);
		expect(pairs).toMatchObject({ higher: 2, lower: 1, even: 1, tbtDifferences: [-150, -30, 10, 10] });
		expect(describePairs(pairs)).toBe(
			'higher in 2 pairs, lower in 1, even in 1 (a split this uneven comes by chance in 100% of batches); ' +
				'TBT difference per pair: median +10 ms (-150 ms to +10 ms)'
		);
	});

	it('leaves out a run the other build does not have', () => {
		expect(comparePairs(runs([90, 300], [91, 280]), runs([92, 250])).tbtDifferences).toEqual([50]);
	});
});
