/**
 * The current step, read from the URL (`?step=`) so a reload or a shared link resumes there,
 * and a Selection that follows it: the step's event is the selected one, and picking an event
 * on the map or timeline moves to its step. The views stay unaware of present mode.
 */
import { Selection, EVENT_PARAM, type UrlMirror } from '$lib/selection.svelte';
import {
	buildSteps,
	moveStep,
	parseStep,
	STEP_PARAM,
	stepOfEvent,
	type MoveAction,
	type Step
} from './steps';

export class StepState {
	#mirror: UrlMirror;
	#eventIds: () => readonly string[];
	readonly selection: Selection;

	constructor(eventIds: () => readonly string[], mirror: UrlMirror) {
		this.#eventIds = eventIds;
		this.#mirror = mirror;
		this.selection = new Selection(eventIds, {
			current: () => this.#selectionUrl,
			go: (href) => {
				// Read once to find the event picked, never kept.
				// eslint-disable-next-line svelte/prefer-svelte-reactivity
				const eventId = new URLSearchParams(href.split('?')[1] ?? '').get(EVENT_PARAM);
				const step = eventId === null ? null : stepOfEvent(this.steps, eventId);
				return step === null ? Promise.resolve() : this.goTo(step);
			}
		});
	}

	steps: Step[] = $derived.by(() => buildSteps(this.#eventIds()));
	get total(): number {
		return this.steps.length;
	}

	/** False while prerendering and hydrating: the page then shows every step, one after another. */
	live = $derived.by(() => this.#mirror.current() !== null);

	current = $derived.by(() =>
		parseStep(this.#mirror.current()?.searchParams.get(STEP_PARAM), this.steps.length)
	);

	get step(): Step {
		return this.steps[this.current - 1];
	}

	get eventId(): string | null {
		return this.step.kind === 'event' ? this.step.eventId : null;
	}

	// What the Selection reads: the page's URL with the step's event as `?event=`.
	#selectionUrl = $derived.by(() => {
		const page = this.#mirror.current();
		if (!page) return null;
		// A scratch copy rebuilt per URL, not state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const url = new URL(page);
		url.searchParams.delete(EVENT_PARAM);
		if (this.eventId !== null) url.searchParams.set(EVENT_PARAM, this.eventId);
		return url;
	});

	/** Each move is a history entry, so Back steps back through the presentation. */
	goTo(step: number): Promise<void> {
		if (step === this.current) return Promise.resolve();
		return this.#mirror.go(`?${STEP_PARAM}=${step}`);
	}

	move(action: MoveAction): Promise<void> {
		return this.goTo(moveStep(this.current, action, this.total));
	}
}
