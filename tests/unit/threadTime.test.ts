import { describe, expect, it } from 'vitest';
import { threadTimes } from '../bench/threadTime.js';

/** A performance mark as Chromium traces it (µs), with the page's own start time (ms) when given. */
const mark = (name: string, ts: number, startTime?: number, pid = 1) => ({
	cat: 'blink.user_timing',
	name,
	ph: 'I',
	pid,
	tid: 1,
	ts,
	args: startTime === undefined ? {} : { data: { startTime } }
});
/** A main-thread task: `dur` wall and `tdur` thread time, µs. */
const task = (ts: number, dur: number, tdur: number, pid = 1) => ({
	cat: 'disabled-by-default-devtools.timeline,toplevel',
	name: 'RunTask',
	ph: 'X',
	pid,
	tid: 1,
	ts,
	dur,
	tdur
});

const names = {
	spans: {
		start: [null, 'loaded'] as [null, string],
		mount: ['loaded', 'mounted'] as [string, string]
	},
	stepStart: 'step-start',
	stepEnd: 'step-end'
};

describe('threadTimes', () => {
	it.each([
		[
			'navigation placed by the first page mark, tasks counted whole',
			[
				mark('loaded', 10_000, 9),
				mark('mounted', 20_000, 19),
				task(1_000, 2_000, 1_000),
				task(12_000, 4_000, 3_000)
			],
			{ start: 1, mount: 3 }
		],
		[
			'a task across a boundary counts in proportion',
			[mark('loaded', 10_000, 9), mark('mounted', 20_000, 19), task(8_000, 4_000, 2_000)],
			{ start: 1, mount: 1 }
		],
		[
			'another process (the blank page before) is not the page',
			[
				mark('navigationStart', 500, undefined, 2),
				task(2_000, 2_000, 2_000, 2),
				mark('loaded', 10_000, 9),
				mark('mounted', 20_000, 19),
				task(2_000, 1_000, 500)
			],
			{ start: 0.5, mount: 0 }
		],
		[
			'a missing mark gives no number',
			[mark('loaded', 10_000, 9), task(12_000, 1_000, 1_000)],
			{ start: 0, mount: NaN }
		]
	])('%s', (_, events, expected) => {
		expect(threadTimes(events, names).spanCpuMs).toEqual(expected);
	});

	it('gives each step its own CPU time, in order', () => {
		const events = [
			mark('loaded', 10_000, 9),
			mark('step-start', 30_000),
			task(30_000, 5_000, 4_000),
			mark('step-end', 35_000),
			mark('step-start', 40_000),
			task(40_000, 2_000, 1_000),
			mark('step-end', 42_000)
		];
		expect(threadTimes(events, names).stepCpuMs).toEqual([4, 1]);
	});
});
