/** For the CLI tests: a scratch copy of the data folder, and a command run with its output caught. */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import type { Command } from './command';

const made: string[] = [];

/** A copy of data/ (the gazetteer and the Geneva story) in a temporary folder. */
export function scratchData(): string {
	const dir = mkdtempSync(join(tmpdir(), 'story-cli-'));
	made.push(dir);
	cpSync('data/places.json', join(dir, 'places.json'));
	cpSync('data/site.json', join(dir, 'site.json'));
	cpSync('data/stories/geneva-2022', join(dir, 'stories', 'geneva-2022'), { recursive: true });
	return dir;
}

export function removeScratch(): void {
	made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
}

/** Everything in a folder, so a test can say nothing was left behind. */
export const entries = (dir: string) => readdirSync(dir).sort();

export async function runCommand(command: Command, args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
	const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
	const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
		out.push(String(chunk));
		return true;
	});
	try {
		const code = await command.run(args);
		return { code, stdout: out.join('\n'), stderr: err.join('\n'), errLines: err };
	} finally {
		log.mockRestore();
		error.mockRestore();
		write.mockRestore();
	}
}
