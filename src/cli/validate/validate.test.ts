import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadStory } from '$lib/story/loadStory';
import { formatProblem } from '$lib/story/problems';
import type { Story } from '$lib/story/types';
import { removeScratch, runCommand, scratchData } from '../testing';
import { validate } from '.';
import { storyWarnings } from './storyWarnings';

afterEach(removeScratch);

/** The scratch Geneva story.json, changed by `edit`. */
function editGeneva(data: string, edit: (story: any) => void) {
	const file = join(data, 'stories', 'geneva-2022', 'story.json');
	const story = JSON.parse(readFileSync(file, 'utf8'));
	edit(story);
	writeFileSync(file, JSON.stringify(story, null, '\t'));
}

describe('story validate', () => {
	it('passes the stories in data/ with exit 0', async () => {
		const { code, stdout } = await runCommand(validate, []);
		expect(code).toBe(0);
		expect(stdout.split('\n').at(-1)).toMatch(/^\d+ stories checked: 0 errors, \d+ warnings?$/);
	});

	it("prints the build's own errors as file: path: what (found), and exits 1", async () => {
		const data = scratchData();
		editGeneva(data, (story) => {
			story.events[0].sources[0].quote = 'words that are not there';
			story.events[1].start = '2022-02-30';
		});
		const { code, stdout } = await runCommand(validate, ['geneva-2022', '--data', data]);
		expect(code).toBe(1);
		const lines = stdout.split('\n');
		expect(lines).toContain(
			`${data}/stories/geneva-2022/story.json: events[1].start: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, a date that exists (found: "2022-02-30")`
		);
		expect(lines.at(-1)).toBe('1 story checked: 1 error, 0 warnings');
	});

	it('adds warnings, which do not fail', async () => {
		const data = scratchData();
		editGeneva(data, (story) => {
			story.events[2].headline.nl = story.events[2].headline.en;
			story.events[2].summary.nl = story.events[2].summary.en;
		});
		const { code, stdout } = await runCommand(validate, ['--data', data]);
		expect(code).toBe(0);
		expect(stdout).toMatch(
			/story\.json: events\[2\]\.headline: warning: untranslated: headline and summary are the same in Dutch and English \(found: ".+"\)/
		);
	});

	it('names an unknown story and exits 1', async () => {
		const data = scratchData();
		const { code, errLines } = await runCommand(validate, ['nope', '--data', data]);
		expect(code).toBe(1);
		expect(errLines).toEqual([`${data}/stories/nope: no such story (known: geneva-2022)`]);
	});
});

describe('storyWarnings', () => {
	const geneva = loadStory('geneva-2022');
	const order = geneva.events.map((e) => e.id);
	const warningsFor = (edit: (story: Story) => void) => {
		const story: Story = structuredClone(geneva);
		edit(story);
		return storyWarnings(story, { storyFile: 'story.json', fileIndex: (id) => order.indexOf(id) }).map(
			formatProblem
		);
	};

	it.each<[string, (story: Story) => void, string[]]>([
		['none for the Geneva story', () => {}, []],
		[
			'an untranslated event',
			(s) => {
				s.events[1].headline = { nl: 'Same', en: 'Same' };
				s.events[1].summary = { nl: 'Same text.', en: 'Same text.' };
			},
			[
				'story.json: events[1].headline: warning: untranslated: headline and summary are the same in Dutch and English (found: "Same")'
			]
		],
		[
			'a name is not untranslated',
			(s) => {
				s.events[1].headline = { nl: 'Genève', en: 'Genève' };
			},
			[]
		],
		[
			'an untranslated title',
			(s) => {
				s.title = { nl: 'T', en: 'T' };
				s.description = { nl: 'D', en: 'D' };
			},
			[
				'story.json: title: warning: untranslated: title and description are the same in Dutch and English (found: "T")'
			]
		],
		[
			'a quote that occurs twice in its paragraph',
			(s) => {
				const paragraph = s.article.paragraphs.find((p) => p.id === s.events[0].sources[0].paragraph)!;
				paragraph.text = `${paragraph.text} ${s.events[0].sources[0].quote}`;
			},
			[
				expect.stringMatching(
					/^story\.json: events\[0\]\.sources\[0\]\.quote: warning: the quote occurs 2 times in p\d+; "occurrence" picks one/
				)
			]
		],
		[
			'an event with no source',
			(s) => {
				s.events[3].sources = [];
			},
			['story.json: events[3].sources: warning: no source: nothing in the article supports this event']
		],
		[
			'a duplicate event',
			(s) => {
				s.events.push({ ...s.events[0], id: 'copy' });
				order.push('copy');
			},
			[
				`story.json: events[${order.length}]: warning: a duplicate of events[0]? Same date and headline, another id (found: "copy")`
			]
		]
	])('%s', (_, edit, expected) => {
		expect(warningsFor(edit)).toEqual(expected);
	});
});
