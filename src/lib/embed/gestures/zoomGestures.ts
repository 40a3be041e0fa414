/**
 * The embed's wheel, drag and pinch on the timeline's plot: the same interface and behaviour as
 * the full page's d3-zoom version (src/lib/timeline/zoomGestures.ts), in plain Pointer Events.
 * The embed's build puts this module in that one's place (clientBuild.ts): d3-zoom and what it
 * pulls in (d3-transition, d3-interpolate, d3-color, d3-drag, d3-selection) weigh about 15 KiB
 * gzipped, a third of the embed's budget, for three gestures.
 *
 * - Wheel zooms around the pointer (d3-zoom's wheel step), ctrl+wheel (a trackpad pinch) faster.
 * - A mouse drag, or one finger on a horizontal timeline, pans; a vertical timeline leaves one
 *   finger to scroll the page.
 * - Two fingers pinch-zoom around their midpoint and pan with it.
 * A press that moves more than a few pixels is a drag: the click that ends it does not select.
 */
import type { Attachment } from 'svelte/attachments';
import type { ZoomGesturesOptions } from '$lib/timeline/zoomGestures';
import { CLICK_SLOP, svgPoint } from './svgPoint';

export type { ZoomGesturesOptions };

export function zoomGestures(options: ZoomGesturesOptions): Attachment<SVGSVGElement> {
	return (svg) => {
		/** Active pointers, in the svg's units. */
		const pointers = new Map<number, { x: number; y: number }>();
		let pressedAt: { x: number; y: number } | null = null;
		let dragged = false;

		const axis = (p: { x: number; y: number }) => (options.current().vertical ? p.y : p.x);
		const at = (event: PointerEvent | WheelEvent) => svgPoint(svg, event.clientX, event.clientY);

		/** Zooms by `k` around axis position `s`, then moves the content by `ds` px. */
		function change(s: number, k: number, ds: number) {
			const { window, range } = options.current();
			const perPx = (window[1] - window[0]) / (range[1] - range[0]);
			const anchor = window[0] + (s - range[0]) * perPx;
			const shift = (ds * perPx) / k;
			options.onchange([
				anchor - (anchor - window[0]) / k - shift,
				anchor + (window[1] - anchor) / k - shift
			]);
		}

		function onwheel(event: WheelEvent) {
			event.preventDefault();
			const step = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
			change(axis(at(event)), 2 ** (-event.deltaY * step * (event.ctrlKey ? 10 : 1)), 0);
		}

		function onpointerdown(event: PointerEvent) {
			if (event.button !== 0) return;
			pointers.set(event.pointerId, at(event));
			if (pointers.size === 1) {
				pressedAt = at(event);
				dragged = false;
			}
		}

		function onpointermove(event: PointerEvent) {
			const previous = pointers.get(event.pointerId);
			if (!previous) return;
			const point = at(event);
			if (pointers.size === 1) {
				// One finger on a vertical timeline belongs to the page's scrolling.
				if (event.pointerType === 'touch' && options.current().vertical) return;
				if (!dragged && pressedAt && Math.hypot(point.x - pressedAt.x, point.y - pressedAt.y) <= CLICK_SLOP)
					return;
				if (!dragged) svg.setPointerCapture(event.pointerId);
				dragged = true;
				pointers.set(event.pointerId, point);
				change(axis(point), 1, axis(point) - axis(previous));
				return;
			}
			// Two fingers: scale by how their distance changed, around their midpoint, which they carry.
			const other = [...pointers].find(([id]) => id !== event.pointerId)?.[1];
			if (!other) return;
			dragged = true;
			pointers.set(event.pointerId, point);
			const before = Math.hypot(previous.x - other.x, previous.y - other.y);
			const after = Math.hypot(point.x - other.x, point.y - other.y);
			const midBefore = (axis(previous) + axis(other)) / 2;
			const midAfter = (axis(point) + axis(other)) / 2;
			if (before > 0 && after > 0) change(midBefore, after / before, midAfter - midBefore);
		}

		function onpointerup(event: PointerEvent) {
			pointers.delete(event.pointerId);
			if (pointers.size === 0) pressedAt = null;
		}

		// A drag that ends on a mark is not a click on it.
		function onclick(event: MouseEvent) {
			if (!dragged) return;
			dragged = false;
			event.preventDefault();
			event.stopPropagation();
		}

		svg.addEventListener('wheel', onwheel, { passive: false });
		svg.addEventListener('pointerdown', onpointerdown);
		svg.addEventListener('pointermove', onpointermove);
		svg.addEventListener('pointerup', onpointerup);
		svg.addEventListener('pointercancel', onpointerup);
		svg.addEventListener('click', onclick, true);
		// Horizontal: vertical swipes still scroll the page. Vertical: the page scrolls, pinch zooms.
		svg.style.touchAction = options.vertical ? 'pan-x pan-y' : 'pan-y';
		svg.dataset.gestures = 'ready';
		return () => {
			svg.removeEventListener('wheel', onwheel);
			svg.removeEventListener('pointerdown', onpointerdown);
			svg.removeEventListener('pointermove', onpointermove);
			svg.removeEventListener('pointerup', onpointerup);
			svg.removeEventListener('pointercancel', onpointerup);
			svg.removeEventListener('click', onclick, true);
		};
	};
}
