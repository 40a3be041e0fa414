import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from './evalSuggest';

let lines: string[];
let errors: string[];
beforeEach(() => {
	lines = [];
	errors = [];
	vi.spyOn(console, 'log').mockImplementation((text: string) => lines.push(...text.split('\n')));
	vi.spyOn(console, 'error').mockImplementation((text: string) => errors.push(text));
	vi.spyOn(console, 'info').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('npm run eval:suggest', () => {
	it('prints precision and recall of date, place and paragraph for an article and its expected events', () => {
		const fixtures = join(process.cwd(), 'tests', 'fixtures', 'articles');
		expect(
			main([join(fixtures, 'baltic-ministers-en.txt'), join(fixtures, 'baltic-ministers-en.expected.json')])
		).toBe(0);
		expect(lines).toEqual([
			'baltic-ministers-en.txt: 8 suggested, 9 expected',
			'  event      precision  88 % (7/8)   recall  78 % (7/9)',
			'  date       precision 100 % (8/8)   recall  89 % (8/9)',
			'  place      precision  88 % (7/8)   recall  78 % (7/9)',
			'  paragraph  precision 100 % (8/8)   recall  89 % (8/9)',
			'  status     precision 100 % (8/8)   recall  89 % (8/9)',
			'  wrong: p4 2024-03-04: place moscow (expected -)',
			'  missed: p2 2024-03 -'
		]);
	});

	it('measures every test article and published story when given none, with a total', () => {
		expect(main([])).toBe(0);
		expect(lines).toContain('geneva-2022: 8 suggested, 8 expected');
		expect(lines).toContain('energy-aid-nl: 10 suggested, 10 expected');
		expect(lines.filter((line) => line.startsWith('all articles: '))).toHaveLength(1);
	});

	it('names a missing article', () => {
		expect(main(['nope.txt', 'nope.expected.json'])).toBe(1);
		expect(errors).toEqual(['eval:suggest: article nope.txt: no such file']);
	});
});
