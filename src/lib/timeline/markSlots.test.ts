import { describe, expect, it } from 'vitest';
import { MarkSlots } from './markSlots';

describe('MarkSlots', () => {
	it('keeps the key of a mark that stays, whatever its place in the list', () => {
		const slots = new MarkSlots();
		const [a, b, c] = slots.assign(['a', 'b', 'c'], []);
		expect(new Set([a, b, c]).size).toBe(3);
		expect(slots.assign(['x', 'c', 'a'], [])).toEqual([b, c, a]);
	});

	it('gives an arriving mark the key of one that left, and new keys only when none is free', () => {
		const slots = new MarkSlots();
		const first = slots.assign(['a', 'b'], []);
		const second = slots.assign(['a', 'c', 'd'], []);
		expect(second[0]).toBe(first[0]);
		expect(second[1]).toBe(first[1]);
		expect(first).not.toContain(second[2]);
		expect(new Set(second).size).toBe(3);
	});

	it('is the same when asked again for the same marks', () => {
		const slots = new MarkSlots();
		slots.assign(['a', 'b'], []);
		const keys = slots.assign(['c', 'b'], []);
		expect(slots.assign(['c', 'b'], [])).toEqual(keys);
	});

	it('never hands the element of a held mark (tab stop, selected) to another event', () => {
		const slots = new MarkSlots();
		const [a] = slots.assign(['a', 'b'], ['a']);
		// 'a' leaves while held: its key is not reused.
		expect(slots.assign(['b', 'c'], ['a'])).not.toContain(a);
		// Nor in the frame after it stopped being held (its element may still have focus).
		expect(slots.assign(['b', 'd'], [])).not.toContain(a);
	});

	it('gives a held mark that arrives an element of its own', () => {
		const slots = new MarkSlots();
		const [, b] = slots.assign(['a', 'b'], []);
		expect(slots.assign(['a', 'c'], ['c'])[1]).not.toBe(b);
	});
});
