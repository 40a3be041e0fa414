/**
 * The embed's brush on the timeline's overview strip: the same interface and behaviour as the
 * full page's d3-brush version (src/lib/timeline/overviewBrush.svelte.ts), in plain Pointer
 * Events; the embed's build puts this module in that one's place (clientBuild.ts, and see
 * zoomGestures.ts here for why).
 *
 * Dragging the window moves it, dragging elsewhere draws a new one, and a click without a drag
 * centres the window there. The drawn window follows the window when anything else moves it,
 * but never fights a drag in progress. Keyboard users move the window with the timeline's own
 * keys and buttons, so the brush's shapes are hidden from assistive technology.
 */
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { OverviewBrushOptions } from '$lib/timeline/overviewBrush.svelte';
import { CLICK_SLOP, svgPoint } from './svgPoint';

export type { OverviewBrushOptions };

const SVG = 'http://www.w3.org/2000/svg';

function svgRect(attributes: Record<string, string | number>): SVGRectElement {
	const rect = document.createElementNS(SVG, 'rect');
	for (const [name, value] of Object.entries(attributes)) rect.setAttribute(name, String(value));
	return rect;
}

export function overviewBrush(options: OverviewBrushOptions): Attachment<SVGGElement> {
	return (group) => {
		const { width, height } = options;
		const overlay = svgRect({
			class: 'overlay',
			x: 0,
			y: 0,
			width,
			height,
			fill: 'none',
			'pointer-events': 'all'
		});
		const selection = svgRect({ class: 'selection', y: 0, height, cursor: 'move' });
		overlay.style.cursor = 'crosshair';
		for (const rect of [overlay, selection]) {
			rect.setAttribute('aria-hidden', 'true');
			// Vertical swipes still scroll the page.
			rect.style.touchAction = 'pan-y';
		}
		group.append(overlay, selection);

		function show([from, to]: [number, number]) {
			const start = options.scale(from);
			selection.setAttribute('x', String(start));
			selection.setAttribute('width', String(Math.max(2, options.scale(to) - start)));
		}

		let drag: { moving: boolean; startX: number; window: [number, number]; dragged: boolean } | null = null;
		const xOf = (event: PointerEvent) => svgPoint(group, event.clientX, event.clientY).x;

		function onpointerdown(event: PointerEvent) {
			if (event.button !== 0) return;
			event.preventDefault();
			group.setPointerCapture(event.pointerId);
			drag = {
				moving: event.target === selection,
				startX: xOf(event),
				window: options.window(),
				dragged: false
			};
		}

		function onpointermove(event: PointerEvent) {
			if (!drag) return;
			const x = Math.max(0, Math.min(width, xOf(event)));
			if (!drag.dragged && Math.abs(x - drag.startX) <= CLICK_SLOP) return;
			drag.dragged = true;
			if (drag.moving) {
				const shift = options.invert(x) - options.invert(drag.startX);
				options.onchange([drag.window[0] + shift, drag.window[1] + shift]);
			} else {
				const [a, b] = [drag.startX, x].sort((p, q) => p - q);
				options.onchange([options.invert(a), options.invert(b)]);
			}
			show(options.window());
		}

		function onpointerup(event: PointerEvent) {
			if (!drag) return;
			if (!drag.dragged && !drag.moving && event.type === 'pointerup') {
				// A click: centre the current span on the clicked instant.
				const [from, to] = options.window();
				const centre = options.invert(xOf(event));
				options.onchange([centre - (to - from) / 2, centre + (to - from) / 2]);
			}
			drag = null;
			show(options.window());
		}

		group.addEventListener('pointerdown', onpointerdown);
		group.addEventListener('pointermove', onpointermove);
		group.addEventListener('pointerup', onpointerup);
		group.addEventListener('pointercancel', onpointerup);
		group.dataset.ready = 'true';

		// Follow the window when something else moves it, but never fight a drag in progress.
		$effect(() => {
			const window = options.window();
			if (!drag) untrack(() => show(window));
		});
		return () => {
			group.removeEventListener('pointerdown', onpointerdown);
			group.removeEventListener('pointermove', onpointermove);
			group.removeEventListener('pointerup', onpointerup);
			group.removeEventListener('pointercancel', onpointerup);
			group.replaceChildren();
		};
	};
}
