/** Data problems as a journalist reads them: "file: path: what is wrong (found: …)". */
import type { z } from 'zod';

export interface DataProblem {
	file: string;
	/** JSON path such as "events[2].sources[0].quote"; empty for the file as a whole. */
	path: string;
	/** What was expected or what is wrong. */
	message: string;
	/** The value found there, already shown as text. */
	found?: string;
	severity: 'error' | 'warning';
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
	return path
		.map((key, index) =>
			typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`
		)
		.join('');
}

/** Shows a found value briefly: strings quoted, long values cut. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	const shown = JSON.stringify(value) ?? String(value);
	return shown.length > 120 ? `${shown.slice(0, 117)}…` : shown;
}

export function formatProblem(problem: DataProblem): string {
	const where = problem.path ? `${problem.file}: ${problem.path}` : problem.file;
	const found = problem.found === undefined ? '' : ` (found: ${problem.found})`;
	const label = problem.severity === 'warning' ? 'warning: ' : '';
	return `${where}: ${label}${problem.message}${found}`;
}

export function problemsFromZod(file: string, issues: ReadonlyArray<z.core.$ZodIssue>): DataProblem[] {
	return issues.map((issue) => {
		if (issue.code === 'unrecognized_keys') {
			return {
				file,
				path: formatPath(issue.path),
				message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling`,
				severity: 'error'
			};
		}
		const input = (issue as { input?: unknown }).input;
		return {
			file,
			path: formatPath(issue.path),
			message: issue.message,
			found: describeValue(input),
			severity: 'error'
		};
	});
}

/** Thrown when a story cannot be built; its message lists every problem, one a line. */
export class StoryDataError extends Error {
	constructor(readonly problems: DataProblem[]) {
		const errors = problems.filter((p) => p.severity === 'error');
		super(
			`Story data has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n${errors.map(formatProblem).join('\n')}`
		);
		this.name = 'StoryDataError';
	}
}
