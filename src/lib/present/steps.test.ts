import { describe, expect, it } from 'vitest';
import {
	buildSteps,
	keyAction,
	keyTarget,
	moveStep,
	parseStep,
	stepOfEvent,
	type KeyPress,
	type MoveAction
} from './steps';

describe('buildSteps', () => {
	it('opens with the title, has one step per event in order and closes with the sources', () => {
		expect(buildSteps(['a', 'b'])).toEqual([
			{ kind: 'title' },
			{ kind: 'event', eventId: 'a' },
			{ kind: 'event', eventId: 'b' },
			{ kind: 'sources' }
		]);
	});

	it('finds the step of an event, and null for an unknown one', () => {
		const steps = buildSteps(['a', 'b']);
		expect(stepOfEvent(steps, 'b')).toBe(3);
		expect(stepOfEvent(steps, 'zz')).toBeNull();
	});
});

describe('parseStep', () => {
	it.each([
		[null, 1],
		[undefined, 1],
		['', 1],
		['abc', 1],
		['2.5', 1],
		['3x', 1],
		['0x3', 1],
		['1', 1],
		['3', 3],
		[' 4 ', 4],
		['10', 10],
		['0', 1],
		['-2', 1],
		['11', 10],
		['99999', 10]
	])('%j of 10 steps is step %i', (value, expected) => {
		expect(parseStep(value, 10)).toBe(expected);
	});
});

describe('moveStep', () => {
	it.each<[number, MoveAction, number]>([
		[1, 'next', 2],
		[9, 'next', 10],
		[10, 'next', 10],
		[2, 'previous', 1],
		[1, 'previous', 1],
		[5, 'first', 1],
		[5, 'last', 10]
	])('from %i, %s goes to %i of 10', (from, action, to) => {
		expect(moveStep(from, action, 10)).toBe(to);
	});
});

describe('keyAction', () => {
	const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
		key,
		shiftKey: false,
		ctrlKey: false,
		altKey: false,
		metaKey: false,
		target: 'other',
		...extra
	});

	it.each<[string, KeyPress, string | null]>([
		['→', press('ArrowRight'), 'next'],
		['←', press('ArrowLeft'), 'previous'],
		['Space', press(' '), 'next'],
		['Shift+Space', press(' ', { shiftKey: true }), 'previous'],
		['PageDown (clicker)', press('PageDown'), 'next'],
		['PageUp (clicker)', press('PageUp'), 'previous'],
		['Home', press('Home'), 'first'],
		['End', press('End'), 'last'],
		['f', press('f'), 'fullscreen'],
		['F', press('F', { shiftKey: true }), 'fullscreen'],
		['n', press('n'), 'notes'],
		['N', press('N'), 'notes'],
		['Escape (left to the browser)', press('Escape'), null],
		['another letter', press('x'), null],
		['Ctrl+→', press('ArrowRight', { ctrlKey: true }), null],
		['Alt+←', press('ArrowLeft', { altKey: true }), null],
		['Meta+F', press('f', { metaKey: true }), null],
		['→ in a text field', press('ArrowRight', { target: 'form' }), null],
		['n in a text field', press('n', { target: 'form' }), null],
		['Space on a button (its own click)', press(' ', { target: 'control' }), null],
		['→ on a button', press('ArrowRight', { target: 'control' }), 'next']
	])('%s → %s', (_, input, expected) => {
		expect(keyAction(input)).toBe(expected);
	});
});

describe('keyTarget', () => {
	const el = (tagName: string, extra: { isContentEditable?: boolean; role?: string } = {}) => ({
		tagName,
		isContentEditable: extra.isContentEditable ?? false,
		getAttribute: (name: string) => (name === 'role' ? (extra.role ?? null) : null)
	});

	it.each([
		['INPUT', el('INPUT'), 'form'],
		['TEXTAREA', el('TEXTAREA'), 'form'],
		['SELECT', el('SELECT'), 'form'],
		['contenteditable DIV', el('DIV', { isContentEditable: true }), 'form'],
		['BUTTON', el('BUTTON'), 'control'],
		['A', el('A'), 'control'],
		['SUMMARY', el('SUMMARY'), 'control'],
		['role=button', el('DIV', { role: 'button' }), 'control'],
		['BODY', el('BODY'), 'other'],
		['nothing', null, 'other']
	])('%s is %s', (_, target, expected) => {
		expect(keyTarget(target)).toBe(expected);
	});
});
