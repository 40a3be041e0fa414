/**
 * Whether the page's islands (Island.svelte) in view have hydrated: the page is interactive only
 * then, and end-to-end tests wait for it. An island out of view stops counting once it knows it
 * is (it hydrates later, when a reader nears it).
 */
let pending = 0;
let waiting: (() => void)[] = [];

export function islandStarted(): void {
	pending++;
}

export function islandReady(): void {
	pending = Math.max(0, pending - 1);
	if (pending > 0) return;
	const callbacks = waiting;
	waiting = [];
	for (const callback of callbacks) callback();
}

/** Calls back once no island is waiting to hydrate (at once if none is). */
export function whenIslandsReady(callback: () => void): void {
	if (pending === 0) callback();
	else waiting.push(callback);
}
