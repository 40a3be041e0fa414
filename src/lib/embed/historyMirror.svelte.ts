/**
 * The selection's URL mirror for the embed, which runs without SvelteKit's router: the page's
 * own `location` to read, `history.replaceState` to write. Replacing, never pushing: an embed
 * shares the host page's history, so a selection must not become a step of its Back button.
 */
import type { UrlMirror } from '$lib/selection.svelte';

export function createHistoryMirror(): UrlMirror & { connect(): void } {
	// Prerendered HTML is the same for every query string: read the URL only once mounted, so
	// hydration matches the server's markup and the selection appears right after.
	let url = $state<URL | null>(null);
	return {
		// Each URL is replaced whole, never mutated: plain URLs in $state are enough.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		connect: () => (url = new URL(location.href)),
		current: () => url,
		go: (href) => {
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			const next = new URL(href, location.href);
			history.replaceState(history.state, '', next);
			url = next;
			return Promise.resolve();
		}
	};
}
