// Also runs at UTC+14 (vitest project dates-elsewhere).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../story/calendarDate';
import { splitArticle } from '../../story/paragraphs';
import { gazetteerSchema, storySchema } from '../../story/schema';
import { knownActorsSchema } from './actors';
import { evaluate, expectedEvents, expectedFileSchema } from './evaluate';
import { splitSentences } from './sentences';
import { suggestEvents } from './suggest';

const root = process.cwd();
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const gazetteer = gazetteerSchema.parse(JSON.parse(read('data/places.json')));
const knownActors = knownActorsSchema.parse(JSON.parse(read('data/actors.json')));

describe('suggestions for the Geneva article, against the curated story', () => {
	const curated = storySchema.parse(JSON.parse(read('data/stories/geneva-2022/story.json')));
	const articleText = read('data/stories/geneva-2022/article.txt');
	const { suggestions, actors } = suggestEvents({
		articleText,
		lang: curated.article.lang,
		published: curated.article.published,
		gazetteer,
		knownActors
	});

	it('suggests every dated curated event with the same date, place and paragraph', () => {
		for (const event of curated.events) {
			const paragraphs = event.sources.map((s) => s.paragraph);
			const match = suggestions.find(
				(s) =>
					s.start === event.start &&
					(s.end ?? null) === (event.end ?? null) &&
					(s.place ?? null) === (event.place ?? null) &&
					paragraphs.includes(s.paragraph)
			);
			expect(
				match,
				`${event.id}: ${event.start} ${event.place ?? '-'} in ${paragraphs.join('/')}`
			).toBeDefined();
			expect(match!.status, event.id).toBe(event.status);
		}
	});

	it('suggests nothing more, and nothing undated', () => {
		expect(suggestions).toHaveLength(curated.events.length);
		for (const s of suggestions) expect(parseCalendarDate(s.start), s.quote).not.toBeNull();
	});

	it('quotes only sentences with a date, each exactly as it stands in its paragraph', () => {
		const { paragraphs } = splitArticle(articleText);
		const dated = new Set(suggestions.map((s) => s.quote));
		const undated = paragraphs
			.flatMap((p) => splitSentences(p.text, 'nl').map((s) => s.text))
			.filter((sentence) => !dated.has(sentence));
		expect(undated).toContain('Een duidelijke deadline is er alvast niet, zei Peskov.');
		expect(undated).toContain(
			'Die duurden acht uur, maar naar verluidt werd er over de kwestie-Oekraïne geen toenadering bereikt.'
		);
		for (const s of suggestions) {
			expect(paragraphs.find((p) => p.id === s.paragraph)!.text).toContain(s.quote);
		}
	});

	it('resolves "een dag later" from Wednesday, not from publication', () => {
		const osce = suggestions.find((s) => s.dateText === 'Een dag later');
		expect(osce).toMatchObject({
			start: '2022-01-13',
			place: 'vienna',
			status: 'announced',
			actors: ['osce']
		});
		expect(osce!.reason).toContain('1 day after the previous event (2022-01-12)');
	});

	it('names the people and organisations of each sentence', () => {
		const geneva = suggestions.find((s) => s.paragraph === 'p6' && s.start === '2022-01-10');
		expect(geneva!.actors).toEqual(
			expect.arrayContaining(['wendy-sherman', 'sergej-rjabkov', 'usa', 'russia'])
		);
		expect(actors['wendy-sherman']).toEqual({ name: { nl: 'Wendy Sherman', en: 'Wendy Sherman' } });
		expect(actors.nato.name).toEqual({ nl: 'NAVO', en: 'NATO' });
	});

	it('infers Moscow from the Kremlin only where no place is named, and says so', () => {
		const peskov = suggestions.find((s) => s.paragraph === 'p1')!;
		expect(peskov).toMatchObject({ start: '2022-01-11', place: 'moscow' });
		expect(peskov.reason).toContain('seated in moscow');
		expect(peskov.confidence).toBeLessThan(suggestions.find((s) => s.paragraph === 'p3')!.confidence);
	});
});

describe('suggestions for the test articles, against their expected events', () => {
	it.each([
		['grain-corridor-en', 1, 1],
		['energy-aid-nl', 1, 1],
		// Held out: written after the rules were settled; the floor is what it measured (7/8, 7/9).
		['baltic-ministers-en', 0.85, 0.75]
	])('%s: event precision ≥ %d, recall ≥ %d', (name, precision, recall) => {
		const expected = expectedFileSchema.parse(
			JSON.parse(read(`tests/fixtures/articles/${name}.expected.json`))
		);
		const { suggestions } = suggestEvents({
			articleText: read(`tests/fixtures/articles/${name}.txt`),
			lang: expected.article.lang,
			published: expected.article.published,
			gazetteer,
			knownActors
		});
		const result = evaluate(suggestions, expectedEvents(expected));
		expect(result.event.precision).toBeGreaterThanOrEqual(precision);
		expect(result.event.recall).toBeGreaterThanOrEqual(recall);
	});
});
