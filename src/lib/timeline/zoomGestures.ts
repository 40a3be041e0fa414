/**
 * Wheel, pinch and drag on the plot, read through d3-zoom and turned into a new time window.
 * d3-zoom keeps an absolute transform; we only use how it changed since the last event, so
 * the window (owned by TimeWindow) stays the one source of truth and d3 never touches the DOM
 * beyond its listeners. d3-zoom is loaded after the page is up, keeping it out of the first load;
 * the plot says `data-gestures="ready"` once it listens.
 */
import type { Attachment } from 'svelte/attachments';
import type { D3ZoomEvent, ZoomTransform } from 'd3-zoom';

export interface ZoomGesturesOptions {
	/** Time runs down the plot (a new orientation attaches anew). */
	vertical: boolean;
	/** The current window [from, to) and the screen range [start, end] px it is drawn on. */
	current(): { window: [number, number]; range: [number, number]; vertical: boolean };
	onchange(window: [number, number]): void;
}

export function zoomGestures(options: ZoomGesturesOptions): Attachment<SVGSVGElement> {
	return (svg) => {
		let previous: ZoomTransform | null = null;
		let cancelled = false;
		let cleanup = () => {};
		void Promise.all([import('d3-zoom'), import('d3-selection')]).then(([{ zoom }, { select }]) => {
			if (cancelled) return;
			const behaviour = zoom<SVGSVGElement, unknown>()
				.scaleExtent([1e-9, 1e9])
				// One finger scrolls the page on a vertical timeline; pinch still zooms.
				.filter((event: Event) => {
					// d3 needs the event's window (synthetic events may lack one) and leaves dblclick alone.
					if (event.type === 'dblclick' || !(event as UIEvent).view) return false;
					if (options.vertical && 'touches' in event) return (event as TouchEvent).touches.length > 1;
					return !(event as MouseEvent).button;
				})
				.on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => (previous = event.transform))
				.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
					if (!event.sourceEvent || !previous) return;
					const { window, range, vertical } = options.current();
					const [last, next] = [previous, event.transform];
					previous = next;
					// The screen position that, before this change, showed what now appears at `s`.
					const before = (s: number) =>
						vertical ? ((s - next.y) / next.k) * last.k + last.y : ((s - next.x) / next.k) * last.k + last.x;
					const time = (s: number) =>
						window[0] + ((s - range[0]) / (range[1] - range[0])) * (window[1] - window[0]);
					options.onchange([time(before(range[0])), time(before(range[1]))]);
				});
			const selection = select(svg).call(behaviour);
			// Horizontal: vertical swipes still scroll the page. Vertical: the page scrolls, pinch zooms.
			svg.style.touchAction = options.vertical ? 'pan-x pan-y' : 'pan-y';
			svg.dataset.gestures = 'ready';
			cleanup = () => selection.on('.zoom', null);
		});
		return () => {
			cancelled = true;
			cleanup();
		};
	};
}
