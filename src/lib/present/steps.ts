/**
 * The presentation's steps and how to move between them, as pure functions: a title step, one
 * step per event in time order, and a closing step with every source. Steps are numbered from
 * 1, as the progress "3 / 10" and the URL (`?step=3`) show them.
 */

export const STEP_PARAM = 'step';

export type Step = { kind: 'title' } | { kind: 'event'; eventId: string } | { kind: 'sources' };

export function buildSteps(eventIds: readonly string[]): Step[] {
	return [
		{ kind: 'title' },
		...eventIds.map((eventId) => ({ kind: 'event' as const, eventId })),
		{ kind: 'sources' }
	];
}

/**
 * The step a `?step=` value asks for. Anything that is not a whole number (missing, "abc",
 * "2.5") is the title step; a whole number out of range is clamped to the nearest end, so an
 * old link to a story that lost an event still lands near where it pointed.
 */
export function parseStep(value: string | null | undefined, total: number): number {
	if (value == null || !/^\s*-?\d+\s*$/.test(value)) return 1;
	return clampStep(Number.parseInt(value, 10), total);
}

export function clampStep(step: number, total: number): number {
	return Math.min(Math.max(1, step), Math.max(1, total));
}

export type MoveAction = 'next' | 'previous' | 'first' | 'last';
export type KeyAction = MoveAction | 'fullscreen' | 'notes';

export function moveStep(current: number, action: MoveAction, total: number): number {
	const to = { next: current + 1, previous: current - 1, first: 1, last: total }[action];
	return clampStep(to, total);
}

/** The step that shows an event, or null for an unknown id. */
export function stepOfEvent(steps: readonly Step[], eventId: string): number | null {
	const index = steps.findIndex((s) => s.kind === 'event' && s.eventId === eventId);
	return index === -1 ? null : index + 1;
}

/**
 * What a key press is aimed at: typing in a form control must never move slides, and Space or
 * Enter on a button or link is that control's own activation.
 */
export type KeyTarget = 'form' | 'control' | 'other';

export interface KeyPress {
	key: string;
	shiftKey: boolean;
	ctrlKey: boolean;
	altKey: boolean;
	metaKey: boolean;
	target: KeyTarget;
}

/** Keys from keyboards and presentation clickers (which send PageDown/PageUp or arrows). */
export function keyAction(press: KeyPress): KeyAction | null {
	if (press.ctrlKey || press.altKey || press.metaKey || press.target === 'form') return null;
	switch (press.key) {
		case 'ArrowRight':
		case 'PageDown':
			return 'next';
		case 'ArrowLeft':
		case 'PageUp':
			return 'previous';
		case ' ':
			if (press.target === 'control') return null;
			return press.shiftKey ? 'previous' : 'next';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		case 'f':
		case 'F':
			return 'fullscreen';
		case 'n':
		case 'N':
			return 'notes';
		default:
			return null;
	}
}

/** Duck-typed so it runs without a DOM in unit tests. */
export function keyTarget(
	target: { tagName?: string; isContentEditable?: boolean; getAttribute?(name: string): string | null } | null
): KeyTarget {
	if (!target?.tagName) return 'other';
	const tag = target.tagName.toLowerCase();
	if (['input', 'textarea', 'select'].includes(tag) || target.isContentEditable) return 'form';
	const role = target.getAttribute?.('role');
	if (['button', 'a', 'summary'].includes(tag) || role === 'button' || role === 'link') return 'control';
	return 'other';
}
