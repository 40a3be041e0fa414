import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkStory } from '$lib/story/loadStory';
import { entries, removeScratch, runCommand, scratchData } from '../testing';
import { importStory } from '.';
import { writeFolderAtomically } from './writeFolder';

const HOUSTON = 'tests/fixtures/timelinejs/houston-timeline3.json';
afterEach(removeScratch);

function inputFile(dir: string, name: string, content: string): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

describe('story import', () => {
	it('writes a story folder that the build accepts, and nothing else', async () => {
		const data = scratchData();
		const { code, stdout, stderr } = await runCommand(importStory, [
			HOUSTON,
			'--data',
			data,
			'--slug',
			'houston',
			'--published',
			'2025-12-01'
		]);
		expect(code).toBe(0);
		expect(stdout).toMatch(/houston: imported 18 events, 0 places, 19 paragraphs/);
		expect(stderr).toContain('warning: media on 15 slides not imported');
		expect(entries(data)).toEqual(['places.json', 'site.json', 'stories']);
		expect(entries(join(data, 'stories', 'houston'))).toEqual(['article.txt', 'story.json']);
		const { story, problems } = checkStory('houston', data);
		expect(problems).toEqual([]);
		expect(story?.events).toHaveLength(18);
		// Written in the project's style, so `npm run lint` passes on it.
		expect(readFileSync(join(data, 'stories', 'houston', 'story.json'), 'utf8')).toMatch(
			/^\{\n\t"\$comment"/
		);
	});

	it('takes the folder name from the title when no --slug is given', async () => {
		const data = scratchData();
		expect((await runCommand(importStory, [HOUSTON, '--data', data])).code).toBe(0);
		expect(entries(join(data, 'stories'))).toEqual(['geneva-2022', 'whitney-houston-1963-2012']);
	});

	it.each([
		[
			'not JSON',
			'{ "events": [ }',
			/in\.json: expected a TimelineJS3 file in JSON: line 1, column 15: a value was expected \(found: "}"\)$/
		],
		[
			'JSON but not TimelineJS',
			'{ "slides": [] }',
			/in\.json: events: expected a TimelineJS3 file: an object with an "events" list/
		],
		['a list', '[]', /in\.json: expected a TimelineJS3 file/],
		[
			'no usable slide',
			'{ "events": [ { "text": { "headline": "undated" } } ] }',
			/expected at least one slide with a start date/
		]
	])('%s: one line naming the problem, exit 1, no folder', async (_, content, message) => {
		const data = scratchData();
		const file = inputFile(data, 'in.json', content);
		const before = entries(join(data, 'stories'));
		const { code, errLines } = await runCommand(importStory, [file, '--data', data]);
		expect(code).toBe(1);
		expect(errLines).toHaveLength(1);
		expect(errLines[0]).toMatch(message);
		expect(errLines[0]).not.toContain('\n');
		expect(entries(join(data, 'stories'))).toEqual(before);
		expect(entries(data)).toEqual(['in.json', 'places.json', 'site.json', 'stories']);
	});

	it.each([
		[
			'a missing file',
			['missing.json'],
			'missing.json: expected a readable TimelineJS3 file (found: no such file)'
		],
		[
			'a bad --slug',
			[HOUSTON, '--slug', 'Bad Name'],
			'--slug: expected lower-case letters, digits and hyphens (found: "Bad Name")'
		],
		[
			'a bad --published',
			[HOUSTON, '--published', '2025-13-01'],
			'--published: expected a date as YYYY-MM-DD, YYYY-MM or YYYY (found: "2025-13-01")'
		],
		['a bad --lang', [HOUSTON, '--lang', 'de'], '--lang: expected "en" or "nl" (found: "de")'],
		['an unknown option', [HOUSTON, '--frobnicate'], "import: Unknown option '--frobnicate'"],
		['no file', [], 'import: expected one TimelineJS3 file (usage: npm run story -- import <timeline.json>)']
	])('%s: one line, exit 1', async (_, args, message) => {
		const data = scratchData();
		const { code, errLines } = await runCommand(importStory, [...args, '--data', data]);
		expect(code).toBe(1);
		expect(errLines).toHaveLength(1);
		expect(errLines[0]).toContain(message);
		expect(entries(join(data, 'stories'))).toEqual(['geneva-2022']);
	});

	it('refuses to overwrite a story, unless told to with --force', async () => {
		const data = scratchData();
		const geneva = join(data, 'stories', 'geneva-2022', 'story.json');
		const original = readFileSync(geneva, 'utf8');
		const refused = await runCommand(importStory, [HOUSTON, '--data', data, '--slug', 'geneva-2022']);
		expect(refused.code).toBe(1);
		expect(refused.errLines).toHaveLength(1);
		expect(refused.errLines[0]).toMatch(
			/geneva-2022: a story is already there; choose another --slug, or replace it with --force$/
		);
		expect(readFileSync(geneva, 'utf8')).toBe(original);

		const forced = await runCommand(importStory, [
			HOUSTON,
			'--data',
			data,
			'--slug',
			'geneva-2022',
			'--force'
		]);
		expect(forced.code).toBe(0);
		expect(readFileSync(geneva, 'utf8')).toContain('Whitney Houston');
		expect(entries(data)).toEqual(['places.json', 'site.json', 'stories']);
	});
});

describe('writeFolderAtomically', () => {
	it('leaves no folder and no scratch behind when a file cannot be written', () => {
		const data = scratchData();
		const target = join(data, 'stories', 'half');
		expect(() =>
			writeFolderAtomically(target, { 'story.json': '{}', 'no/such/dir.txt': 'x' }, { replace: false })
		).toThrow();
		expect(existsSync(target)).toBe(false);
		expect(entries(data)).toEqual(['places.json', 'site.json', 'stories']);
	});

	it('keeps the old folder when the new one cannot be written', () => {
		const data = scratchData();
		const target = join(data, 'stories', 'kept');
		mkdirSync(target);
		writeFileSync(join(target, 'story.json'), 'old');
		expect(() => writeFolderAtomically(target, { 'a/b': 'x' }, { replace: true })).toThrow();
		expect(readFileSync(join(target, 'story.json'), 'utf8')).toBe('old');
		expect(entries(data)).toEqual(['places.json', 'site.json', 'stories']);
	});
});
