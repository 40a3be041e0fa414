/** The SvelteKit URL as the selection's mirror: `page.url` to read, `goto` to write. */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { UrlMirror } from './selection.svelte';

interface MirrorOptions {
	/**
	 * Replace the history entry instead of adding one. An embed shares the host page's history:
	 * each selection must not become a step of the reader's Back button.
	 */
	replace?: boolean;
}

export function createUrlMirror({ replace = false }: MirrorOptions = {}): UrlMirror & { connect(): void } {
	// Prerendered HTML is the same for every query string: read the URL only once mounted, so
	// hydration matches the server's markup and the selection appears right after.
	let connected = $state(false);
	return {
		connect: () => (connected = true),
		current: () => (connected ? page.url : null),
		go: (href) => goto(href, { noScroll: true, keepFocus: true, replaceState: replace })
	};
}
