import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkStory } from '../../story/linkStory';
import { gazetteerSchema, storySchema } from '../../story/schema';
import { knownActorsSchema } from './actors';
import { draftStory, trimToWords } from './draftStory';
import { suggestEvents } from './suggest';

const read = (path: string) => readFileSync(join(process.cwd(), path), 'utf8');
const gazetteer = gazetteerSchema.parse(JSON.parse(read('data/places.json')));

describe('draftStory', () => {
	const articleText = read('tests/fixtures/articles/grain-corridor-en.txt');
	const suggested = suggestEvents({
		articleText,
		lang: 'en',
		published: '2023-12-20',
		gazetteer,
		knownActors: knownActorsSchema.parse(JSON.parse(read('data/actors.json')))
	});
	const draft = draftStory({ articleText, lang: 'en', published: '2023-12-20', ...suggested });

	it('passes the schema and links: every quote is found in its paragraph', () => {
		const story = storySchema.parse(JSON.parse(JSON.stringify(draft)));
		const linked = linkStory({
			slug: 'draft',
			storyFile: 'story.json',
			articleFile: 'article.txt',
			gazetteerFile: 'places.json',
			story,
			articleText,
			gazetteer
		});
		expect(linked.problems).toEqual([]);
		// Drafts are checked but not shown.
		expect(linked.story!.events).toEqual([]);
	});

	it('marks every event as a draft with its confidence and reason, waiting for a Dutch text', () => {
		expect(draft.events.length).toBe(suggested.suggestions.length);
		for (const event of draft.events) {
			expect(event.draft).toBe(true);
			expect(event.untranslated).toEqual(['nl']);
			expect(event.suggestion.confidence).toBeGreaterThan(0);
			expect(event.suggestion.reason).not.toBe('');
			expect(event.headline.nl).toBe(event.headline.en);
		}
		expect(draft.untranslated).toEqual(['nl']);
		expect(draft.article).toEqual({ lang: 'en', published: '2023-12-20' });
	});

	it('gives events readable, unique ids', () => {
		const ids = draft.events.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toContain('2023-12-18-istanbul');
	});
});

describe('trimToWords', () => {
	it.each([
		['Short enough.', 20, 'Short enough.'],
		['Woensdag gaan de onderhandelingen verder op het niveau', 30, 'Woensdag gaan de…'],
		['Een, twee, drie, vier, vijf, zes', 17, 'Een, twee, drie…'],
		['Onafgebrokenlangwoordzonderspaties', 10, 'Onafgebro…']
	])('%s (%i) → %s', (text, max, expected) => {
		expect(trimToWords(text, max)).toBe(expected);
		expect(trimToWords(text, max).length).toBeLessThanOrEqual(max);
	});
});
