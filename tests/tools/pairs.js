/**
 * Two builds audited in turn (lighthouse.js --compare), read pair by pair: run i of one build
 * against run i of the other met the same moment of the machine, so the pairs say more than two
 * medians whose batches drift by ±3.
 */

/**
 * The middle value (the upper one of an even count), as Lighthouse's batches are summed up.
 * @param {number[]} values
 */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * @typedef {{ score: number, tbt: number }} Run
 * @typedef {{ higher: number, lower: number, even: number, chance: number, tbtDifferences: number[] }} Pairs
 */

/**
 * How often the first build scored higher, lower or the same as the second, run by run; how
 * likely a split at least that uneven is if neither build is better (two-sided sign test, even
 * pairs left out); and the first's TBT minus the second's in each pair, smallest first.
 * @param {Run[]} first
 * @param {Run[]} second
 * @returns {Pairs}
 */
export function comparePairs(first, second) {
	const count = Math.min(first.length, second.length);
	let higher = 0;
	let lower = 0;
	const tbtDifferences = [];
	for (let i = 0; i < count; i += 1) {
		if (first[i].score > second[i].score) higher += 1;
		if (first[i].score < second[i].score) lower += 1;
		tbtDifferences.push(first[i].tbt - second[i].tbt);
	}
	return {
		higher,
		lower,
		even: count - higher - lower,
		chance: signTest(higher, lower),
		tbtDifferences: tbtDifferences.sort((a, b) => a - b)
	};
}

/**
 * The chance of a split at least as uneven as `a` to `b` in `a + b` fair coin tosses.
 * @param {number} a
 * @param {number} b
 */
export function signTest(a, b) {
	const n = a + b;
	let tail = 0;
	let ways = 1; // n choose i, from i = 0
	for (let i = 0; i <= Math.min(a, b); i += 1) {
		tail += ways;
		ways = (ways * (n - i)) / (i + 1);
	}
	return Math.min(1, (2 * tail) / 2 ** n);
}

/**
 * One line for the console.
 * @param {Pairs} pairs
 */
export function describePairs({ higher, lower, even, chance, tbtDifferences }) {
	const middle = median(tbtDifferences);
	const signed = (/** @type {number} */ ms) => `${ms > 0 ? '+' : ''}${ms} ms`;
	return (
		`higher in ${higher} pairs, lower in ${lower}, even in ${even} ` +
		`(a split this uneven comes by chance in ${Math.round(chance * 100)}% of batches); ` +
		`TBT difference per pair: median ${signed(middle)} (${signed(tbtDifferences[0])} to ${signed(tbtDifferences.at(-1) ?? 0)})`
	);
}
