/**
 * The embed's whole client: it hydrates the prerendered EmbedView with Svelte's own `hydrate()`,
 * without SvelteKit's router (an embed never navigates). The build (embedClientPlugin in
 * vite.config.ts) makes it one classic script, which an opaque-origin sandbox (WordPress) loads
 * without CORS. Its props come from the page's JSON data block (island.ts).
 */
import { hydrate, type ComponentProps } from 'svelte';
import EmbedView from './EmbedView.svelte';
import { readIsland, ROOT_ID } from './island';

const target = document.getElementById(ROOT_ID);
if (target) {
	hydrate(EmbedView, { target, props: readIsland<ComponentProps<typeof EmbedView>>() });
	// A marker that the app is interactive: end-to-end tests wait for it before clicking.
	document.body.dataset.hydrated = 'true';
}
