/**
 * `npm run story -- validate [story …]`: checks every story (or the ones named) with the
 * build's own loader, then adds warnings. Prints each problem as
 * `file: path: what is wrong (found: …)`; exits 1 when there is any error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Command } from '../command';
import { checkStory, DATA_DIR, listStorySlugs } from '$lib/story/loadStory';
import { formatProblem, type DataProblem } from '$lib/story/problems';
import { storyWarnings } from './storyWarnings';

export const validate: Command = {
	summary: 'validate [story …] [--data <dir>]: check stories as the build does, and warn about weak spots',
	async run(args) {
		const { values, positionals } = parseArgs({
			args,
			allowPositionals: true,
			options: { data: { type: 'string', default: DATA_DIR } }
		});
		const dataDir = values.data;
		const known = listStorySlugs(dataDir);
		const unknown = positionals.filter((slug) => !known.includes(slug));
		if (unknown.length > 0) {
			for (const slug of unknown) {
				console.error(
					`${join(dataDir, 'stories', slug)}: no such story (known: ${known.join(', ') || 'none'})`
				);
			}
			return 1;
		}
		const slugs = positionals.length > 0 ? positionals : known;
		const lines = new Set<string>();
		let errors = 0;
		let warnings = 0;
		for (const slug of slugs) {
			for (const problem of checkWithWarnings(slug, dataDir)) {
				const line = formatProblem(problem);
				// The shared gazetteer is checked with every story: say its problems once.
				if (lines.has(line)) continue;
				lines.add(line);
				console.log(line);
				if (problem.severity === 'error') errors++;
				else warnings++;
			}
		}
		const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
		console.log(
			`${count(slugs.length, 'story', 'stories')} checked: ${count(errors, 'error', 'errors')}, ${count(warnings, 'warning', 'warnings')}`
		);
		return errors > 0 ? 1 : 0;
	}
};

function checkWithWarnings(slug: string, dataDir: string): DataProblem[] {
	const { story, problems } = checkStory(slug, dataDir);
	if (!story) return problems;
	const storyPath = join(dataDir, 'stories', slug, 'story.json');
	// Warnings point into story.json, whose order is the author's, not the timeline's.
	const order = (JSON.parse(readFileSync(storyPath, 'utf8')) as { events: { id: string }[] }).events.map(
		(e) => e.id
	);
	const warnings = storyWarnings(story, {
		storyFile: shownPath(storyPath),
		fileIndex: (id) => order.indexOf(id)
	});
	return [...problems, ...warnings];
}

/** Paths relative to the project when inside it, as the loader shows them. */
export function shownPath(path: string): string {
	const cwd = process.cwd();
	return path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path;
}
