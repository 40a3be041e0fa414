/**
 * `npm run eval:suggest [-- <article.txt> <expected.json>]`: how well the suggester does, as
 * precision and recall of date, place and paragraph. Without arguments it measures every test
 * article in tests/fixtures/articles (x.txt with x.expected.json) and every published story
 * (article.txt against its curated story.json); with two, the article given.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { knownActorsSchema } from '../../lib/authoring/suggest/actors';
import {
	evaluate,
	expectedEvents,
	expectedFileSchema,
	type Evaluation,
	type Figure
} from '../../lib/authoring/suggest/evaluate';
import { suggestEvents } from '../../lib/authoring/suggest/suggest';
import { listStorySlugs } from '../../lib/story/loadStory';
import { gazetteerSchema } from '../../lib/story/schema';
import { InputError, readData, shown } from './projectData';

const FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'articles');

export interface Measured {
	name: string;
	evaluation: Evaluation;
}

/** Measures one article against its expected events. */
export function measure(articleFile: string, expectedFile: string, dataDir: string): Evaluation {
	if (!existsSync(articleFile)) throw new InputError(`article ${shown(articleFile)}: no such file`);
	const expected = readData(expectedFile, expectedFileSchema);
	const { suggestions } = suggestEvents({
		articleText: readFileSync(articleFile, 'utf8'),
		lang: expected.article.lang,
		published: expected.article.published,
		gazetteer: readData(join(dataDir, 'places.json'), gazetteerSchema),
		knownActors: readData(join(dataDir, 'actors.json'), knownActorsSchema)
	});
	return evaluate(suggestions, expectedEvents(expected));
}

/** The test articles and the published stories, as [name, article, expected]. */
export function defaultCases(dataDir: string): [string, string, string][] {
	const fixtures = existsSync(FIXTURES)
		? readdirSync(FIXTURES)
				.filter(
					(name) =>
						name.endsWith('.txt') && existsSync(join(FIXTURES, name.replace(/\.txt$/, '.expected.json')))
				)
				.map((name): [string, string, string] => [
					basename(name, '.txt'),
					join(FIXTURES, name),
					join(FIXTURES, name.replace(/\.txt$/, '.expected.json'))
				])
		: [];
	const stories = listStorySlugs(dataDir).map((slug): [string, string, string] => [
		slug,
		join(dataDir, 'stories', slug, 'article.txt'),
		join(dataDir, 'stories', slug, 'story.json')
	]);
	return [...stories, ...fixtures];
}

const percent = (f: Figure) => `${(f.precision * 100).toFixed(0).padStart(3)} %`;
const recall = (f: Figure) => `${(f.recall * 100).toFixed(0).padStart(3)} %`;

export function report(measured: readonly Measured[]): string {
	const lines: string[] = [];
	const row = (label: string, e: Evaluation, f: Figure) =>
		`  ${label.padEnd(10)} precision ${percent(f)} (${f.correct}/${e.suggested})   recall ${recall(f)} (${f.correct}/${e.expected})`;
	const block = (name: string, e: Evaluation) => {
		lines.push(`${name}: ${e.suggested} suggested, ${e.expected} expected`);
		for (const key of ['event', 'date', 'place', 'paragraph', 'status'] as const)
			lines.push(row(key, e, e[key]));
		for (const [s, x] of e.pairs) {
			const wrong = [
				s.start !== x.start || (s.end ?? null) !== (x.end ?? null)
					? `date ${s.start}${s.end ? `/${s.end}` : ''} (expected ${x.start}${x.end ? `/${x.end}` : ''})`
					: '',
				(s.place ?? null) !== (x.place ?? null) ? `place ${s.place ?? '-'} (expected ${x.place ?? '-'})` : '',
				x.paragraphs.includes(s.paragraph)
					? ''
					: `paragraph ${s.paragraph} (expected ${x.paragraphs.join('/')})`
			].filter(Boolean);
			if (wrong.length) lines.push(`  wrong: ${x.label} ${x.start}: ${wrong.join(', ')}`);
		}
		for (const x of e.missed)
			lines.push(`  missed: ${x.label} ${x.start}${x.end ? `/${x.end}` : ''} ${x.place ?? '-'}`);
		for (const s of e.extra)
			lines.push(`  extra: ${s.paragraph} ${s.start} ${s.place ?? '-'} “${s.dateText}”`);
	};
	for (const { name, evaluation } of measured) block(name, evaluation);
	if (measured.length > 1) block('all articles', total(measured.map((m) => m.evaluation)));
	return lines.join('\n');
}

/** Figures over all articles together (each event counts once). */
function total(evaluations: readonly Evaluation[]): Evaluation {
	const suggested = evaluations.reduce((n, e) => n + e.suggested, 0);
	const expected = evaluations.reduce((n, e) => n + e.expected, 0);
	const sum = (key: 'event' | 'date' | 'place' | 'paragraph' | 'status'): Figure => {
		const correct = evaluations.reduce((n, e) => n + e[key].correct, 0);
		return {
			correct,
			precision: suggested ? correct / suggested : 1,
			recall: expected ? correct / expected : 1
		};
	};
	return {
		suggested,
		expected,
		event: sum('event'),
		date: sum('date'),
		place: sum('place'),
		paragraph: sum('paragraph'),
		status: sum('status'),
		missed: [],
		extra: [],
		pairs: []
	};
}

export function main(args: string[], dataDir = join(process.cwd(), 'data')): number {
	try {
		if (args.length !== 0 && args.length !== 2)
			throw new InputError('usage: npm run eval:suggest [-- <article.txt> <expected.json>]');
		const cases: [string, string, string][] =
			args.length === 2 ? [[basename(args[0]), args[0], args[1]]] : defaultCases(dataDir);
		console.log(
			report(
				cases.map(([name, article, expected]) => ({ name, evaluation: measure(article, expected, dataDir) }))
			)
		);
		return 0;
	} catch (error) {
		if (!(error instanceof InputError)) throw error;
		console.error(`eval:suggest: ${error.message}`);
		return 1;
	}
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1])))
	process.exitCode = main(process.argv.slice(2));
