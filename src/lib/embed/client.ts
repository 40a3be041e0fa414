/**
 * The embed's whole client: it hydrates the prerendered EmbedView with Svelte's own `hydrate()`,
 * without SvelteKit's router (an embed never navigates). The build (embedClientPlugin in
 * vite.config.ts) makes it one classic script, which an opaque-origin sandbox (WordPress) loads
 * without CORS. Its props come from the page's JSON data block (island.ts).
 */
import { hydrate, type ComponentProps } from 'svelte';
import EmbedView from './EmbedView.svelte';
import { readIsland, ROOT_ID } from './island';

// At once (a deferred script runs when the document is parsed), not after a first paint: the
// timeline is prerendered at a typical width and takes the measured one when hydrated, so a
// paint in between would show the layout jump (Lighthouse measured CLS 0.23 on a phone).
const target = document.getElementById(ROOT_ID);
if (target) {
	hydrate(EmbedView, { target, props: readIsland<ComponentProps<typeof EmbedView>>() });
	// A marker that the app is interactive: end-to-end tests wait for it before clicking.
	document.body.dataset.hydrated = 'true';
}
