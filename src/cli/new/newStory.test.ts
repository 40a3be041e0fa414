import { execFile } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkStory, listStoryFolders, listStorySlugs } from '../../lib/story/loadStory';
import { newCommand } from './newStory';
import { writeStoryFolder } from './writeStoryFolder';

const ROOT = process.cwd();
const GENEVA = join(ROOT, 'data', 'stories', 'geneva-2022', 'article.txt');
let dir: string;
let dataDir: string;
let errors: string[];
let output: string[];

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'story-new-'));
	dataDir = join(dir, 'data');
	cpSync(join(ROOT, 'data'), dataDir, { recursive: true });
	errors = [];
	output = [];
	vi.spyOn(console, 'error').mockImplementation((line: string) => errors.push(line));
	vi.spyOn(console, 'log').mockImplementation((line: string) => output.push(line));
	vi.spyOn(console, 'info').mockImplementation(() => {});
});
afterEach(() => {
	vi.restoreAllMocks();
	rmSync(dir, { recursive: true, force: true });
});

const run = (...args: string[]) => newCommand.run([...args, '--data', dataDir]);
/** Nothing half-written: no staging folder in data/, no story folder beyond the ones expected. */
const leftovers = () => readdirSync(dataDir).filter((name) => name.startsWith('.'));

describe('story new', () => {
	it('writes the article and a draft story that loads, is checked, and is not published', async () => {
		expect(await run(GENEVA, '--published', '2022-01-11', '--lang', 'nl', '--slug', 'geneva-again')).toBe(0);
		const folder = join(dataDir, 'stories', 'geneva-again');
		expect(readFileSync(join(folder, 'article.txt'), 'utf8')).toBe(readFileSync(GENEVA, 'utf8'));
		const story = JSON.parse(readFileSync(join(folder, 'story.json'), 'utf8'));
		expect(story.events).toHaveLength(8);
		expect(story.events.every((e: { draft?: boolean }) => e.draft === true)).toBe(true);
		expect(checkStory('geneva-again', dataDir).problems).toEqual([]);
		expect(listStoryFolders(dataDir)).toContain('geneva-again');
		expect(listStorySlugs(dataDir)).not.toContain('geneva-again');
		expect(output[0]).toMatch(/geneva-again: 8 suggested events, all drafts/);
		expect(output).toContainEqual(
			expect.stringMatching(/^ {2}p2 +2022-01-13 +vienna +announced 0\.70 “Een dag later”$/)
		);
		expect(leftovers()).toEqual([]);
	});

	it('formats story.json as the project does, so lint passes on a new story', async () => {
		await run(GENEVA, '--published', '2022-01-11', '--lang', 'nl', '--slug', 'geneva-again');
		const text = readFileSync(join(dataDir, 'stories', 'geneva-again', 'story.json'), 'utf8');
		expect(text).toMatch(/^\{\n\t"\$comment": /);
		expect(text.endsWith('}\n')).toBe(true);
	});

	it('takes the slug from the file name when none is given', async () => {
		const article = join(dir, 'Grain Corridor.txt');
		cpSync(join(ROOT, 'tests/fixtures/articles/grain-corridor-en.txt'), article);
		expect(await run(article, '--published', '2023-12-20', '--lang', 'en')).toBe(0);
		expect(existsSync(join(dataDir, 'stories', 'grain-corridor', 'story.json'))).toBe(true);
	});

	it('refuses to overwrite a story unless told to, then replaces it whole', async () => {
		const before = readFileSync(join(dataDir, 'stories', 'geneva-2022', 'story.json'), 'utf8');
		expect(await run(GENEVA, '--published', '2022-01-11', '--lang', 'nl', '--slug', 'geneva-2022')).toBe(1);
		expect(errors).toEqual([
			expect.stringMatching(/^story new: .*geneva-2022 already exists; pass --force to replace it$/)
		]);
		expect(readFileSync(join(dataDir, 'stories', 'geneva-2022', 'story.json'), 'utf8')).toBe(before);

		expect(
			await run(GENEVA, '--published', '2022-01-11', '--lang', 'nl', '--slug', 'geneva-2022', '--force')
		).toBe(0);
		const replaced = JSON.parse(readFileSync(join(dataDir, 'stories', 'geneva-2022', 'story.json'), 'utf8'));
		expect(replaced.events[0].draft).toBe(true);
		// The replaced story's actors keep their ids and names.
		const geneva = replaced.events.find(
			(e: { sources: { paragraph: string }[]; start: string }) =>
				e.sources[0].paragraph === 'p6' && e.start === '2022-01-10'
		);
		expect(geneva.actors).toEqual(['russia', 'usa', 'sherman', 'ryabkov']);
		expect(replaced.actors.ryabkov.name).toEqual({ nl: 'Sergej Rjabkov', en: 'Sergei Ryabkov' });
		expect(leftovers()).toEqual([]);
	});

	it.each([
		[
			['--published', '2022-01-11', '--lang', 'nl'],
			/^story new: usage: npm run story -- new <article.txt> .*expected the article's text file$/,
			2
		],
		[
			['missing.txt', '--published', '2022-01-11', '--lang', 'nl'],
			/^story new: article missing.txt: no such file$/,
			1
		],
		[
			['EMPTY', '--published', '2022-01-11', '--lang', 'nl'],
			/^story new: article .*empty.txt: expected the article's text, found an empty file$/,
			1
		],
		[
			['UNDATED', '--published', '2022-01-11', '--lang', 'nl'],
			/^story new: article .*undated.txt: found no sentence with a date; .*nothing was written$/,
			1
		],
		[
			['GENEVA', '--published', '2021-01-11', '--lang', 'nl'],
			/^story new: --published: expected a day within the article's header date 2022-01 \(found "2021-01-11"\)$/,
			1
		],
		[
			['GENEVA', '--lang', 'nl'],
			/^story new: --published: expected the publication date as YYYY-MM-DD \(missing\)$/,
			1
		],
		[
			['GENEVA', '--published', 'last tuesday', '--lang', 'nl'],
			/^story new: --published: expected the publication date as YYYY-MM-DD, a day that exists \(found "last tuesday"\)$/,
			1
		],
		[['GENEVA', '--published', '2022-02-30', '--lang', 'nl'], /\(found "2022-02-30"\)$/, 1],
		[['GENEVA', '--published', '2022-01', '--lang', 'nl'], /\(found "2022-01"\)$/, 1],
		[
			['GENEVA', '--published', '2022-01-11', '--lang', 'de'],
			/^story new: --lang: expected the article's language, "nl" or "en" \(found "de"\)$/,
			1
		],
		[['GENEVA', '--published', '2022-01-11'], /^story new: --lang: .*\(found nothing\)$/, 1],
		[
			['GENEVA', '--published', '2022-01-11', '--lang', 'nl', '--slug', 'Not A Slug'],
			/^story new: --slug: expected lower-case letters, digits and hyphens \(found "Not A Slug"\)$/,
			1
		],
		[
			['GENEVA', 'other.txt', '--published', '2022-01-11', '--lang', 'nl'],
			/^story new: expected one article file, found 2: /,
			1
		],
		[
			['GENEVA', '--published', '2022-01-11', '--lang', 'nl', '--fast'],
			/^story new: Unknown option '--fast'/,
			1
		]
	])('bad input %j: one line naming the problem, exit %i, nothing written', async (args, message, code) => {
		writeFileSync(join(dir, 'empty.txt'), ' date 2022-01 \n\n  \n');
		writeFileSync(join(dir, 'undated.txt'), 'De gesprekken verliepen positief.\n\nEr is geen deadline.\n');
		const resolved = args.map((a) =>
			a === 'GENEVA'
				? GENEVA
				: a === 'EMPTY'
					? join(dir, 'empty.txt')
					: a === 'UNDATED'
						? join(dir, 'undated.txt')
						: a
		);
		const before = listStoryFolders(dataDir);
		const exitCode = await run(...resolved);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(message);
		expect(exitCode).toBe(code);
		expect(listStoryFolders(dataDir)).toEqual(before);
		expect(leftovers()).toEqual([]);
	});

	it('says which data file is broken', async () => {
		writeFileSync(join(dataDir, 'actors.json'), '{ "actors": { "nato": { "name": "NATO" } } }');
		expect(await run(GENEVA, '--published', '2022-01-11', '--lang', 'nl', '--slug', 'x')).toBe(1);
		expect(errors[0]).toMatch(/^story new: .*actors\.json: actors\.nato\.name: /);
		expect(existsSync(join(dataDir, 'stories', 'x'))).toBe(false);
	});
});

describe('writeStoryFolder', () => {
	it('leaves nothing behind when a file cannot be written', () => {
		mkdirSync(join(dir, 'd', 'stories'), { recursive: true });
		expect(() =>
			writeStoryFolder(
				join(dir, 'd'),
				's',
				{ 'article.txt': 'x', 'no/such/dir.json': 'y' },
				{ replace: false }
			)
		).toThrow();
		expect(readdirSync(join(dir, 'd'))).toEqual(['stories']);
		expect(readdirSync(join(dir, 'd', 'stories'))).toEqual([]);
	});

	it('restores the story it was replacing when the new one fails', () => {
		mkdirSync(join(dir, 'd', 'stories', 's'), { recursive: true });
		writeFileSync(join(dir, 'd', 'stories', 's', 'story.json'), 'old');
		expect(() =>
			writeStoryFolder(
				join(dir, 'd'),
				's',
				{ 'story.json': 'new', 'no/such/dir.json': 'y' },
				{ replace: true }
			)
		).toThrow();
		expect(readFileSync(join(dir, 'd', 'stories', 's', 'story.json'), 'utf8')).toBe('old');
		expect(readdirSync(join(dir, 'd'))).toEqual(['stories']);
	});
});

describe('npm run story', () => {
	it('runs `new` through the dispatcher and exits non-zero with one line on bad input', async () => {
		const result = await promisify(execFile)(
			join(ROOT, 'node_modules', '.bin', 'tsx'),
			['src/cli/story.ts', 'new', GENEVA, '--published', '2022-01-11', '--lang', 'fr', '--data', dataDir],
			{ cwd: ROOT }
		).catch((error: { code: number; stderr: string }) => error);
		expect('code' in result && result.code).toBe(1);
		expect(result.stderr).toBe(
			'story new: --lang: expected the article\'s language, "nl" or "en" (found "fr")\n'
		);
	}, 30_000);
});
