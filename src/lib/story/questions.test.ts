import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkStory, loadStory } from './loadStory';
import { formatProblem } from './problems';

const temporaryDirs: string[] = [];
afterEach(() => temporaryDirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the real data folder with the Geneva story's first event changed by `edit`. */
function problemsWith(edit: (event: Record<string, unknown>) => void): string[] {
	const dir = mkdtempSync(join(tmpdir(), 'story-questions-'));
	temporaryDirs.push(dir);
	cpSync(join(process.cwd(), 'data'), dir, { recursive: true });
	const file = join(dir, 'stories', 'geneva-2022', 'story.json');
	const story = JSON.parse(readFileSync(file, 'utf8'));
	edit(story.events[0]);
	writeFileSync(file, JSON.stringify(story, null, '\t'));
	// Paths outside the project are shown in full: keep the part an author recognises.
	return checkStory('geneva-2022', dir).problems.map((p) => formatProblem(p).replace(dir, 'data'));
}

describe('discussion questions (teacher notes)', () => {
	it('the Geneva story has bilingual questions for several events, and none elsewhere', () => {
		const story = loadStory('geneva-2022');
		const talks = story.events.find((e) => e.id === 'geneva-talks');
		expect(talks?.questions).toHaveLength(2);
		expect(talks?.questions?.[0].nl).toMatch(/acht uur/);
		expect(talks?.questions?.[0].en).toMatch(/eight hours/);
		expect(story.events.filter((e) => e.questions?.length).length).toBeGreaterThanOrEqual(3);
		expect(story.events.find((e) => e.id === 'moment-of-truth')?.questions).toBeUndefined();
	});

	it('names file, path, expectation and value for a question in one language only', () => {
		expect(problemsWith((e) => (e.questions = [{ nl: 'Waarom?' }]))).toEqual([
			'data/stories/geneva-2022/story.json: events[0].questions[0].en: expected a discussion question in English as text (found: nothing)'
		]);
	});

	it('rejects questions that are not a list, an empty question and an unknown field', () => {
		expect(problemsWith((e) => (e.questions = 'Waarom?'))).toEqual([
			'data/stories/geneva-2022/story.json: events[0].questions: expected a list of discussion questions, each as { "nl": "…", "en": "…" } (found: "Waarom?")'
		]);
		expect(problemsWith((e) => (e.questions = [{ nl: ' ', en: 'Why?' }]))).toEqual([
			'data/stories/geneva-2022/story.json: events[0].questions[0].nl: expected a discussion question in Dutch, not empty text (found: "")'
		]);
		expect(problemsWith((e) => (e.questions = [{ nl: 'Waarom?', en: 'Why?', de: 'Warum?' }]))).toEqual([
			'data/stories/geneva-2022/story.json: events[0].questions[0]: unknown field "de"; check the spelling'
		]);
	});
});
