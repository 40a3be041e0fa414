/**
 * The timeline benchmark's whole client: hydrates the prerendered, still empty BenchTimeline
 * with Svelte's own `hydrate()`. Built as one classic script by clientBuild.ts, with the story
 * page's own timeline modules (d3-zoom and d3-brush included, unlike the embed's script).
 */
import { hydrate } from 'svelte';
import BenchTimeline from './BenchTimeline.svelte';
import { BENCH_ROOT_ID } from './root';

const target = document.getElementById(BENCH_ROOT_ID);
if (target) {
	hydrate(BenchTimeline, { target });
	// The site's marker that a page is interactive, as the layout sets it (tests wait for it).
	document.body.dataset.hydrated = 'true';
}
