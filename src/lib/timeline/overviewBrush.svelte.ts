/**
 * The overview strip's brush (d3-brush): dragging it, or drawing a new one, sets the window;
 * a click without a drag centres the window there. The brush follows the window when the
 * window moves for any other reason (those moves carry no sourceEvent and are ignored).
 */
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { brushX, type D3BrushEvent } from 'd3-brush';
import { pointer, select } from 'd3-selection';

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
		const show = ([from, to]: [number, number]) =>
			brush.move(selection, [options.scale(from), Math.max(options.scale(from) + 2, options.scale(to))]);
		untrack(() => show(options.window()));
		// Follow the window when something else moves it, but never fight a drag in progress.
		$effect(() => {
			const window = options.window();
			if (!dragging) untrack(() => show(window));
		});
		return () => {
			selection.on('.brush', null);
			selection.selectAll('*').remove();
		};
	};
}
