/**
 * Programmatic zoom and pan for the timeline benchmark, run in the browser by the bench page
 * (`window.benchSteps`). Each step is one frame: dispatch an input event on the timeline's plot,
 * let Svelte apply the resulting state, force style and layout, and time all of it.
 */
import { flushSync } from 'svelte';

export type StepKind = 'zoom-in' | 'pan' | 'zoom-out';

export interface BenchStepsResult {
	/** Per step: dispatch → DOM updated → style and layout done, in ms (the "frame time"). */
	times: number[];
	/** Per step: the part of `times` that forced style and layout took (the rest is script). */
	layoutTimes: number[];
	kinds: StepKind[];
	/**
	 * Per step: time from this step's animation frame to the next one, in ms. Includes paint and
	 * compositing, which `times` does not, but is rounded to the display's frame rate.
	 */
	frameIntervals: number[];
	/** The most DOM nodes the timeline had after any step. */
	maxNodes: number;
	/** What the events were dispatched on. */
	target: string;
	/**
	 * Whether each kind of step changed the timeline's markup (compared before and after its run
	 * of steps, outside the timing): a kind that changed nothing only timed the event handling.
	 */
	changed: Partial<Record<StepKind, boolean>>;
}

/** The timeline's root element inside `container` (`.timeline`, or whatever comes first). */
export function timelineRoot(container: Element): Element | null {
	return container.querySelector('.timeline') ?? container.firstElementChild;
}

/** DOM nodes in the timeline, its root included. */
export function countTimelineNodes(container: Element): number {
	const root = timelineRoot(container);
	return root ? root.querySelectorAll('*').length + 1 : 0;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Which steps: the first third zooms in, the middle third drags the plot sideways, the rest zooms out. */
export function stepPlan(count: number): StepKind[] {
	const zoomIn = Math.ceil(count / 3);
	const pan = Math.floor(count / 3);
	return Array.from({ length: count }, (_, i) =>
		i < zoomIn ? 'zoom-in' : i < zoomIn + pan ? 'pan' : 'zoom-out'
	);
}

/**
 * Performs `count` zoom/pan steps on the timeline in `container`, one per animation frame, on
 * `.timeline-plot` (where d3-zoom listens) or else the timeline's first SVG.
 */
export async function benchSteps(container: Element, count: number): Promise<BenchStepsResult> {
	const plot = () => container.querySelector('.timeline-plot') ?? container.querySelector('.timeline svg');
	let target = plot();
	if (!target) throw new Error('benchSteps: no timeline (.timeline-plot or .timeline svg)');

	const kinds = stepPlan(count);
	const times: number[] = [];
	const layoutTimes: number[] = [];
	const frameStarts: number[] = [];
	let maxNodes = countTimelineNodes(container);
	// A point in the visible part of the plot (a tall timeline reaches far below the viewport).
	const rect = target.getBoundingClientRect();
	const clientX = rect.left + rect.width / 2;
	const clientY = (Math.max(rect.top, 0) + Math.min(rect.bottom, window.innerHeight)) / 2;
	let panX = clientX;
	const markup = () => timelineRoot(container)?.innerHTML ?? '';
	let before = markup();
	const changed: BenchStepsResult['changed'] = {};

	/** A mouse drag as the browser sends it: pointer event, then the compatibility mouse event. */
	const drag = (el: Element, type: 'down' | 'move' | 'up', x: number) => {
		const init = {
			clientX: x,
			clientY,
			bubbles: true,
			cancelable: true,
			composed: true,
			view: window,
			button: type === 'move' ? -1 : 0,
			buttons: type === 'up' ? 0 : 1
		};
		// Pointer id 1 is Chromium's mouse, so setPointerCapture in a handler does not throw.
		el.dispatchEvent(
			new PointerEvent(`pointer${type}`, { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true })
		);
		el.dispatchEvent(new MouseEvent(`mouse${type}`, { ...init, button: Math.max(0, init.button) }));
	};

	for (let i = 0; i < count; i++) {
		const kind = kinds[i];
		// The plot may have been redrawn by the last step; look it up again (outside the timing).
		target = plot() ?? target;
		frameStarts.push(await nextFrame());
		// Marks bound the timed part in a trace too, for its main-thread CPU time (bench-timeline.js).
		performance.mark('bench-step-start');
		const t0 = performance.now();
		if (kind === 'pan') {
			if (kinds[i - 1] !== 'pan') drag(target, 'down', panX);
			panX -= 40;
			drag(target, 'move', panX);
			if (kinds[i + 1] !== 'pan') drag(target, 'up', panX);
		} else {
			target.dispatchEvent(
				new WheelEvent('wheel', {
					deltaY: kind === 'zoom-in' ? -120 : 120,
					deltaMode: WheelEvent.DOM_DELTA_PIXEL,
					clientX,
					clientY,
					bubbles: true,
					cancelable: true,
					composed: true,
					view: window
				})
			);
		}
		// Svelte applies state changes in a microtask; flushSync catches any still pending.
		await Promise.resolve();
		await Promise.resolve();
		flushSync();
		// Reading geometry forces style and layout now, inside the timed region.
		const scripted = performance.now();
		container.getBoundingClientRect();
		const done = performance.now();
		times.push(done - t0);
		layoutTimes.push(done - scripted);
		performance.mark('bench-step-end');
		maxNodes = Math.max(maxNodes, countTimelineNodes(container));
		if (kinds[i + 1] !== kind) {
			const after = markup();
			changed[kind] = after !== before;
			before = after;
		}
	}
	frameStarts.push(await nextFrame());
	const frameIntervals = frameStarts.slice(1).map((t, i) => t - frameStarts[i]);
	const describe = (el: Element) => el.tagName.toLowerCase() + [...el.classList].map((c) => `.${c}`).join('');
	return { times, layoutTimes, kinds, frameIntervals, maxNodes, target: describe(target), changed };
}
