/** What `new` and `eval:suggest` read besides the article: the gazetteer and the known actors. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { z } from 'zod';
import { formatProblem, problemsFromZod } from '../../lib/story/problems';

/** A problem with the input: one line for the author, then a non-zero exit. */
export class InputError extends Error {}

export function readData<T extends z.ZodType>(file: string, schema: T): z.output<T> {
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new InputError(
			`${shown(file)}: expected readable JSON (${error instanceof Error ? error.message : String(error)})`,
			{
				cause: error
			}
		);
	}
	const result = schema.safeParse(data);
	if (!result.success)
		throw new InputError(problemsFromZod(shown(file), result.error.issues).map(formatProblem).join('; '));
	return result.data;
}

/** A path as the author typed it: relative to the project when inside it. */
export function shown(path: string): string {
	const fromHere = relative(process.cwd(), path);
	return fromHere.startsWith('..') ? path : fromHere;
}
