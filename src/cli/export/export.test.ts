import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { entries, removeScratch, runCommand, scratchData } from '../testing';
import { exportStory } from '.';

afterEach(removeScratch);

describe('story export', () => {
	it.each([
		['ics', /^BEGIN:VCALENDAR\r\n/],
		['csv', /^\uFEFFid,start,end,/],
		['timelinejs', /^\{\n\t"title"/]
	])('--format %s writes the file atomically with --out', async (format, start) => {
		const data = scratchData();
		const out = join(data, `geneva.${format}`);
		const { code } = await runCommand(exportStory, [
			'geneva-2022',
			'--format',
			format,
			'--out',
			out,
			'--data',
			data
		]);
		expect(code).toBe(0);
		expect(readFileSync(out, 'utf8')).toMatch(start);
		expect(entries(data)).toEqual([`geneva.${format}`, 'places.json', 'site.json', 'stories']);
	});

	it('writes to standard output in the asked language', async () => {
		const { code, stdout } = await runCommand(exportStory, [
			'geneva-2022',
			'--format',
			'ics',
			'--lang',
			'en'
		]);
		expect(code).toBe(0);
		expect(stdout).toContain('SUMMARY;LANGUAGE=en:NATO–Russia Council');
	});

	describe('with SOURCE_DATE_EPOCH', () => {
		afterEach(() => vi.unstubAllEnvs());

		it('stamps the calendar with that time, so two exports are identical', async () => {
			vi.stubEnv('SOURCE_DATE_EPOCH', '1764460800');
			const first = await runCommand(exportStory, ['geneva-2022', '--format', 'ics']);
			await new Promise((resolve) => setTimeout(resolve, 1100));
			const second = await runCommand(exportStory, ['geneva-2022', '--format', 'ics']);
			expect(first.stdout).toContain('DTSTAMP:20251130T000000Z');
			expect(second.stdout).toBe(first.stdout);
		});

		it('refuses a malformed one in one line, exit 1', async () => {
			vi.stubEnv('SOURCE_DATE_EPOCH', 'yesterday');
			const { code, errLines } = await runCommand(exportStory, ['geneva-2022', '--format', 'ics']);
			expect(code).toBe(1);
			expect(errLines).toEqual([
				'SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 UTC, e.g. 1764460800 (found: "yesterday")'
			]);
		});
	});

	it.each([
		[['geneva-2022'], '--format: expected ics, csv, timelinejs (found: null)'],
		[['geneva-2022', '--format', 'pdf'], '--format: expected ics, csv, timelinejs (found: "pdf")'],
		[['geneva-2022', '--format', 'csv', '--lang', 'fr'], '--lang: expected "nl" or "en" (found: "fr")'],
		[['nope', '--format', 'csv'], 'data/stories/nope: no such story (known: geneva-2022']
	])('%j: one line, exit 1', async (args, message) => {
		const { code, errLines } = await runCommand(exportStory, args);
		expect(code).toBe(1);
		expect(errLines).toHaveLength(1);
		expect(errLines[0]).toContain(message);
	});
});

describe('npm run story (the dispatcher, in a real process)', () => {
	const story = (...args: string[]) =>
		promisify(execFile)('npx', ['tsx', 'src/cli/story.ts', ...args]).then(
			(r) => ({ code: 0, ...r }),
			(e: { code: number; stdout: string; stderr: string }) => e
		);

	it('runs a command and passes its exit code on', async () => {
		const ok = await story('export', 'geneva-2022', '--format', 'csv');
		expect(ok.code).toBe(0);
		expect(ok.stdout).toMatch(/^\uFEFFid,start/);
		const unknown = await story('frobnicate');
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toMatch(
			/^story: unknown command "frobnicate" \(known: .*export.*import.*validate/
		);
	}, 30_000);

	it('lists every command with its usage when asked for help', async () => {
		const help = await story('help');
		expect(help.code).toBe(0);
		for (const command of ['new', 'validate', 'import', 'export']) {
			expect(help.stderr).toMatch(new RegExp(`^  npm run story -- ${command} .+: .+$`, 'm'));
		}
	}, 30_000);
});
