/**
 * The one shared selection: which event is selected and which is hovered. Timeline, map,
 * article and detail card read and write it; none of them talks to another directly.
 *
 * On pages the URL is its mirror (`?event=<id>`, see urlMirror.svelte.ts): selecting pushes a
 * history entry, so a link opens the same view and the back button steps back through
 * selections. The selected id is then derived from the URL rather than copied, so the two can
 * never disagree. Without a mirror (component tests) it is plain local state.
 */
import { getContext, setContext } from 'svelte';

/** Where a selection came from: the article does not scroll itself when its own quote was picked. */
export type SelectionOrigin = 'timeline' | 'map' | 'text' | 'card' | 'list' | 'url';

export const EVENT_PARAM = 'event';

/** Reads and writes the selection in a URL. */
export interface UrlMirror {
	/** The current URL, or null while it cannot be read (prerendering). */
	current(): URL | null;
	/** Navigates to a same-page href (a query string), adding a history entry. */
	go(href: string): Promise<void>;
}

export class Selection {
	#eventIds: () => readonly string[];
	hoveredId = $state<string | null>(null);
	origin = $state<SelectionOrigin>('url');
	#localId = $state<string | null>(null);
	#mirror: UrlMirror | undefined;

	/**
	 * @param eventIds the story's event ids in time order (a function, so a page that swaps its
	 *   story on client-side navigation keeps one Selection)
	 */
	constructor(eventIds: readonly string[] | (() => readonly string[]), mirror?: UrlMirror) {
		this.#eventIds = typeof eventIds === 'function' ? eventIds : () => eventIds;
		this.#mirror = mirror;
	}

	/** Event ids in time order, for next/previous. */
	get eventIds(): readonly string[] {
		return this.#eventIds();
	}

	// Derived once per URL change: every mark and quote asks for it on each update.
	#selectedId = $derived.by(() => {
		if (!this.#mirror) return this.#localId;
		const id = this.#mirror.current()?.searchParams.get(EVENT_PARAM) ?? null;
		// An unknown id in a shared link falls back to no selection rather than an error.
		return id !== null && this.eventIds.includes(id) ? id : null;
	});

	get selectedId(): string | null {
		return this.#selectedId;
	}

	isSelected(id: string): boolean {
		return this.selectedId === id;
	}

	// The query string without the event, computed once per URL: views build many links from it.
	#otherParams = $derived.by(() => {
		// A scratch copy, not state: it is rebuilt whenever the URL changes.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const params = new URLSearchParams(this.#mirror?.current()?.search ?? '');
		params.delete(EVENT_PARAM);
		return { query: params.toString(), path: this.#mirror?.current()?.pathname ?? '/' };
	});

	/** The link that shows `id` selected, keeping every other query parameter (works without JS too). */
	hrefFor(id: string | null): string {
		const { query, path } = this.#otherParams;
		if (id === null) return query ? `?${query}` : path;
		return `?${query ? `${query}&` : ''}${EVENT_PARAM}=${encodeURIComponent(id)}`;
	}

	select(id: string | null, origin: SelectionOrigin): Promise<void> {
		if (id === this.selectedId) return Promise.resolve();
		this.origin = origin;
		if (!this.#mirror) {
			this.#localId = id;
			return Promise.resolve();
		}
		return this.#mirror.go(this.hrefFor(id));
	}

	/**
	 * A click on one of the views' links: a plain click selects in place; a click with a modifier
	 * (new tab, new window) or another button is left to the browser, like any link.
	 */
	selectFromLink(event: MouseEvent, id: string, origin: SelectionOrigin): boolean {
		if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
		event.preventDefault();
		void this.select(id, origin);
		return true;
	}

	/** Steps through events in time order; from no selection, +1 starts at the first, -1 at the last. */
	step(delta: 1 | -1, origin: SelectionOrigin): Promise<void> {
		const index = this.selectedId === null ? -1 : this.eventIds.indexOf(this.selectedId);
		const next = index === -1 ? (delta === 1 ? 0 : this.eventIds.length - 1) : index + delta;
		if (next < 0 || next >= this.eventIds.length) return Promise.resolve();
		return this.select(this.eventIds[next], origin);
	}
}

const SELECTION_KEY = Symbol('selection');

export function provideSelection(selection: Selection): Selection {
	return setContext(SELECTION_KEY, selection);
}

export function useSelection(): Selection {
	const selection = getContext<Selection | undefined>(SELECTION_KEY);
	if (!selection) throw new Error('useSelection() needs a StoryView (or provideSelection) above it');
	return selection;
}

/** The context a component test passes to `render(..., { context })`. */
export function selectionContext(selection: Selection): Map<symbol, Selection> {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a context map, never mutated
	return new Map([[SELECTION_KEY, selection]]);
}
