import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkStory, listStoryFolders, listStorySlugs, loadAllStories } from './loadStory';
import { formatProblem } from './problems';

const REAL_DATA = join(process.cwd(), 'data');
const temporaryDirs: string[] = [];
afterEach(() => {
	temporaryDirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
	vi.restoreAllMocks();
});

/** A copy of the data folder with a second story "draft-story": the Geneva story, edited. */
function dataWithDraft(edit: (story: any) => void): string {
	const dir = mkdtempSync(join(tmpdir(), 'story-drafts-'));
	temporaryDirs.push(dir);
	cpSync(REAL_DATA, dir, { recursive: true });
	const folder = join(dir, 'stories', 'draft-story');
	mkdirSync(folder);
	cpSync(join(dir, 'stories', 'geneva-2022', 'article.txt'), join(folder, 'article.txt'));
	const story = JSON.parse(readFileSync(join(dir, 'stories', 'geneva-2022', 'story.json'), 'utf8'));
	edit(story);
	writeFileSync(join(folder, 'story.json'), JSON.stringify(story, null, '\t'));
	return dir;
}

describe('draft events: suggestions an author has not confirmed', () => {
	it('are checked but left out of the story', () => {
		const dir = dataWithDraft((story) => {
			story.events[0].draft = true;
			story.events[0].suggestion = { confidence: 0.4, reason: '“Na weken”: a stretch' };
		});
		const { story, problems } = checkStory('draft-story', dir);
		expect(problems).toEqual([]);
		expect(story!.events.map((e) => e.id)).not.toContain('troop-build-up');
		expect(story!.events).toHaveLength(7);
		// Its place is not drawn either: only confirmed events bring their places.
		expect(Object.keys(story!.places)).not.toContain('russia-ukraine-border');
		expect(listStorySlugs(dir)).toContain('draft-story');
	});

	it('still fail the build when their quote is not in the article', () => {
		const dir = dataWithDraft((story) => {
			story.events[0].draft = true;
			story.events[0].sources[0].quote = 'words that are not there';
		});
		expect(checkStory('draft-story', dir).problems.map(formatProblem).join('\n')).toMatch(
			/draft-story\/story.json: events\[0\]\.sources\[0\]\.quote: expected words that occur exactly in paragraph p6/
		);
	});

	it('must be translated before they are confirmed', () => {
		const dir = dataWithDraft((story) => {
			story.events[2].untranslated = ['en'];
		});
		expect(checkStory('draft-story', dir).problems.map(formatProblem)).toEqual([
			expect.stringMatching(
				/draft-story\/story.json: events\[2\]\.untranslated: expected the headline and summary translated before the event is confirmed; .* \(found: \["en"\]\)/
			)
		]);
	});

	it('reject a confidence outside 0 to 1', () => {
		const dir = dataWithDraft((story) => {
			story.events[1].draft = true;
			story.events[1].suggestion = { confidence: 3, reason: 'x' };
		});
		expect(checkStory('draft-story', dir).problems.map(formatProblem)).toEqual([
			'data/stories/draft-story/story.json: events[1].suggestion.confidence: expected a confidence from 0 to 1 (found: 3)'.replace(
				'data/',
				`${dir}/`
			)
		]);
	});
});

describe('a story whose events are all drafts', () => {
	const allDrafts = (story: any) => {
		story.untranslated = ['en'];
		for (const event of story.events) event.draft = true;
	};

	it('is not published: not listed, not loaded for the index, said once in the build log', () => {
		const info = vi.spyOn(console, 'info').mockImplementation(() => {});
		const published = listStorySlugs(REAL_DATA);
		const dir = dataWithDraft(allDrafts);
		expect(published).toContain('geneva-2022');
		expect(listStorySlugs(dir)).toEqual(published);
		expect(loadAllStories(dir).map((s) => s.slug)).toEqual(published);
		expect(info).toHaveBeenCalledTimes(1);
		expect(info).toHaveBeenCalledWith(
			'story "draft-story" is not published: none of its 8 suggested events are confirmed yet (delete "draft": true to confirm one)'
		);
	});

	it('is still checked by the tests, and passes while untranslated', () => {
		const dir = dataWithDraft(allDrafts);
		expect(listStoryFolders(dir)).toEqual(['draft-story', ...listStoryFolders(REAL_DATA)]);
		expect(checkStory('draft-story', dir).problems).toEqual([]);
	});

	it('needs its title translated once an event is confirmed', () => {
		const dir = dataWithDraft((story) => {
			allDrafts(story);
			delete story.events[2].draft;
		});
		expect(listStorySlugs(dir)).toContain('draft-story');
		expect(checkStory('draft-story', dir).problems.map(formatProblem)).toEqual([
			expect.stringMatching(
				/draft-story\/story.json: untranslated: expected the title and description translated/
			)
		]);
	});
});

describe('every story folder in data/stories', () => {
	it.each(listStoryFolders())('%s loads without problems (drafts included)', (slug) => {
		expect(checkStory(slug).problems.map(formatProblem)).toEqual([]);
	});
});
