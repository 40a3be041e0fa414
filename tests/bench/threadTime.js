/**
 * Main-thread CPU time from a Chromium trace, for a shared machine: wall-clock times there
 * include whatever else the cores were doing, while a trace's thread time (`tdur`) counts only
 * the renderer's main thread running. Used by bench-timeline.js next to its wall-clock figures.
 */

/** Trace categories: scheduler tasks (with thread time) and performance marks. */
export const TRACE_CATEGORIES = 'toplevel,devtools.timeline,blink.user_timing';
/** What DevTools' Performance panel records as well: script, loading and JS samples (for `--trace`). */
export const DETAILED_CATEGORIES = [
	TRACE_CATEGORIES,
	'disabled-by-default-devtools.timeline',
	'disabled-by-default-devtools.timeline.frame',
	'disabled-by-default-v8.cpu_profiler',
	'v8.execute',
	'blink.resource',
	'loading'
].join(',');

/**
 * Starts tracing on a CDP session; the returned function stops it and gives the events. The
 * browser keeps the trace until the end and hands it over as a stream: sending it while the page
 * loads would keep the bench's own process (which also serves the pages) busy meanwhile.
 * @param {import('playwright-core').CDPSession} cdp
 * @param {string} [categories]
 * @returns {Promise<() => Promise<any[]>>}
 */
export async function startTrace(cdp, categories = TRACE_CATEGORIES) {
	await cdp.send('Tracing.start', { categories, transferMode: 'ReturnAsStream', streamFormat: 'json' });
	return async () => {
		/** @type {Promise<any>} */
		const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
		await cdp.send('Tracing.end');
		const { stream } = await complete;
		const chunks = [];
		for (;;) {
			const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle: stream, size: 1 << 22 });
			chunks.push(base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data);
			if (eof) break;
		}
		await cdp.send('IO.close', { handle: stream });
		const trace = JSON.parse(chunks.join(''));
		return Array.isArray(trace) ? trace : trace.traceEvents;
	};
}

/**
 * The page's performance marks and its main thread's outermost tasks (nested ones dropped, so
 * nothing counts twice).
 * @param {any[]} events
 */
export function mainThread(events) {
	const marks = events.filter((e) => e.cat?.includes('blink.user_timing') && e.ph !== 'X');
	// The page's own marks (performance.mark has a start time) name its renderer's main thread;
	// others may come from the blank page before it, in another process.
	const { pid, tid } = marks.find((m) => m.args?.data?.startTime !== undefined) ?? marks[0] ?? {};
	/** @type {any[]} */
	const tasks = [];
	const candidates = events
		.filter(
			(e) =>
				e.ph === 'X' &&
				e.pid === pid &&
				e.tid === tid &&
				e.tdur !== undefined &&
				e.cat.split(',').includes('toplevel')
		)
		.sort((a, b) => a.ts - b.ts);
	for (const task of candidates) {
		const last = tasks.at(-1);
		if (!last || task.ts >= last.ts + last.dur) tasks.push(task);
	}
	return { marks, tasks };
}

/**
 * Main-thread CPU ms between two instants (trace µs): each task's thread time, in proportion to
 * how much of it falls inside.
 * @param {any[]} tasks
 * @param {number} from
 * @param {number} to
 */
export function cpuBetween(tasks, from, to) {
	let cpu = 0;
	for (const task of tasks) {
		const overlap = Math.min(task.ts + task.dur, to) - Math.max(task.ts, from);
		if (overlap > 0 && task.dur > 0) cpu += (task.tdur * overlap) / task.dur;
	}
	return cpu / 1000;
}

/**
 * CPU ms of each span between two marks (the first of each name; `null` for the navigation,
 * placed by the first mark's own start time), and of each pair of marks `stepStart`/`stepEnd`
 * in order.
 * @param {any[]} events
 * @param {{ spans: Record<string, [string | null, string]>; stepStart: string; stepEnd: string }} names
 */
export function threadTimes(events, { spans, stepStart, stepEnd }) {
	const { marks, tasks } = mainThread(events);
	const at = (/** @type {string} */ name) => marks.filter((m) => m.name === name).map((m) => m.ts);
	const timed = marks.find((m) => m.args?.data?.startTime !== undefined);
	const navigation = timed ? timed.ts - timed.args.data.startTime * 1000 : undefined;
	const first = (/** @type {string | null} */ name) => (name === null ? navigation : at(name)[0]);
	/** @type {Record<string, number>} */
	const spanCpuMs = {};
	for (const [span, [from, to]] of Object.entries(spans)) {
		const [start, end] = [first(from), first(to)];
		spanCpuMs[span] = start !== undefined && end !== undefined ? cpuBetween(tasks, start, end) : NaN;
	}
	const ends = at(stepEnd);
	return {
		spanCpuMs,
		stepCpuMs: at(stepStart).map((start, i) => cpuBetween(tasks, start, ends[i] ?? start))
	};
}
