import type { Component } from 'svelte';

/** What an Island is given, on the server and in the browser alike (Island.svelte). */
export interface IslandProps<P extends Record<string, unknown>> {
	/** A name unique on the page; it prefixes the ids the part makes with `$props.id()`. */
	id: string;
	/** The part. */
	component: Component<P>;
	/** Its props: read live, so a change (e.g. the language) reaches the part. */
	props: P;
	/**
	 * Prerendered variants by name (a plain word), each with props of its own (which win over
	 * `props`), in `<div data-variant="name">`: the page's CSS must hide all but one. None: one form.
	 */
	variants?: Record<string, Partial<P>>;
}
