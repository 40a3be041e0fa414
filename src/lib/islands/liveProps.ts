/**
 * The props a part's root is given (Island.svelte): each of the page's props reads through to
 * its current value, so the page's changes (a language switch) reach the part; the props a
 * variant sets are its own and fixed. The names are the page's first props' names: a part's
 * props keep their names.
 */
export function liveProps<P extends Record<string, unknown>>(current: () => P, fixed: Partial<P> = {}): P {
	const names = Object.keys(current()).filter((name) => !(name in fixed));
	return Object.defineProperties(
		{ ...fixed },
		Object.fromEntries(names.map((name) => [name, { enumerable: true, get: () => current()[name] }]))
	) as P;
}
