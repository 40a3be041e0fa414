/**
 * The overview strip's brush (d3-brush): dragging it, or drawing a new one, sets the window;
 * a click without a drag centres the window there. The brush follows the window when the
 * window moves for any other reason (those moves carry no sourceEvent and are ignored).
 * d3-brush is loaded after the page is up, keeping it out of the first load.
 */
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { D3BrushEvent } from 'd3-brush';

export interface OverviewBrushOptions {
	width: number;
	height: number;
	/** Screen x → time, and the reverse, for the whole extent. */
	invert(x: number): number;
	scale(time: number): number;
	window(): [number, number];
	onchange(window: [number, number]): void;
}

export function overviewBrush(options: OverviewBrushOptions): Attachment<SVGGElement> {
	return (group) => {
		let dragging = false;
		let cancelled = false;
		let cleanup = () => {};
		// Set once d3-brush has loaded (imported after the page is up: in the site's one bundle it
		// is already there, and this runs a microtask later).
		const brushed = $state<{ show: ((window: [number, number]) => void) | null }>({ show: null });
		void Promise.all([import('d3-brush'), import('d3-selection')]).then(
			([{ brushX }, { pointer, select }]) => {
				if (cancelled) return;
				const brush = brushX<unknown>()
					.extent([
						[0, 0],
						[options.width, options.height]
					])
					.on('start', (event: D3BrushEvent<unknown>) => (dragging = Boolean(event.sourceEvent)))
					.on('brush end', (event: D3BrushEvent<unknown>) => {
						if (event.type === 'end') dragging = false;
						if (!event.sourceEvent) return;
						const selected = event.selection as [number, number] | null;
						if (selected) {
							options.onchange([options.invert(selected[0]), options.invert(selected[1])]);
						} else {
							// A click: centre the current span on the clicked instant.
							const [from, to] = options.window();
							const centre = options.invert(pointer(event.sourceEvent, group)[0]);
							options.onchange([centre - (to - from) / 2, centre + (to - from) / 2]);
						}
					});
				const selection = select(group).call(brush);
				// Keyboard users move the window with the timeline's own keys and buttons.
				selection.selectAll('rect, .handle').attr('aria-hidden', 'true');
				group.dataset.ready = 'true';
				cleanup = () => {
					selection.on('.brush', null);
					selection.selectAll('*').remove();
				};
				brushed.show = ([from, to]) =>
					brush.move(selection, [options.scale(from), Math.max(options.scale(from) + 2, options.scale(to))]);
			}
		);
		// Follow the window when something else moves it, but never fight a drag in progress.
		$effect(() => {
			const window = options.window();
			if (brushed.show && !dragging) untrack(() => brushed.show!(window));
		});
		return () => {
			cancelled = true;
			cleanup();
		};
	};
}
