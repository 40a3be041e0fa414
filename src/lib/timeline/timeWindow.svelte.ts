/**
 * The part of time a timeline shows. Zoom (wheel, pinch, buttons, keys), pan and the overview
 * brush all move this one window; it never leaves the data's extent nor gets absurdly small.
 */
import { HOUR } from './layout';

export const MIN_SPAN = 2 * HOUR;

export class TimeWindow {
	// Raw: the window is replaced, never mutated, and read in hot loops (no proxy per read).
	#value = $state.raw<[number, number]>([0, 1]);
	#initial: [number, number];
	#bounds: [number, number];

	/** @param initial the opening frame; @param bounds everything there is to see */
	constructor(initial: [number, number], bounds: [number, number]) {
		this.#bounds = [Math.min(bounds[0], initial[0]), Math.max(bounds[1], initial[1])];
		this.#initial = initial;
		this.#value = this.#clamp(initial);
	}

	get value(): [number, number] {
		return this.#value;
	}

	get bounds(): [number, number] {
		return this.#bounds;
	}

	get isInitial(): boolean {
		return this.#value[0] === this.#initial[0] && this.#value[1] === this.#initial[1];
	}

	set(window: [number, number]): void {
		const next = this.#clamp(window);
		if (next[0] !== this.#value[0] || next[1] !== this.#value[1]) this.#value = next;
	}

	/** Zooms by `factor` (> 1 zooms in) keeping the instant `anchor` where it is on screen. */
	zoom(factor: number, anchor = (this.#value[0] + this.#value[1]) / 2): void {
		const [from, to] = this.#value;
		const span = Math.max(MIN_SPAN, (to - from) / factor);
		const share = (anchor - from) / (to - from);
		this.set([anchor - share * span, anchor - share * span + span]);
	}

	/** Moves by a share of the visible span (negative: back in time). */
	pan(share: number): void {
		const [from, to] = this.#value;
		const shift = (to - from) * share;
		this.set([from + shift, to + shift]);
	}

	/** Moves, without zooming, so that [start, end) is in view (with a little air). */
	reveal(start: number, end: number): void {
		const [from, to] = this.#value;
		const span = to - from;
		const air = span * 0.1;
		if (start >= from + air && end <= to - air) return;
		if (end - start > span - 2 * air) this.set([start - air, start - air + span]);
		else if (start < from + air) this.set([start - air, start - air + span]);
		else this.set([end + air - span, end + air]);
	}

	reset(): void {
		this.set(this.#initial);
	}

	#clamp([from, to]: [number, number]): [number, number] {
		const [min, max] = this.#bounds;
		let span = Math.min(Math.max(to - from, MIN_SPAN), max - min);
		if (!(span > 0)) span = MIN_SPAN;
		let start = Math.min(Math.max(from, min), max - span);
		if (!Number.isFinite(start)) start = min;
		return [start, start + span];
	}
}
