import { describe, expect, it } from 'vitest';
import { splitClauses, splitSentences } from './sentences';

describe('splitSentences', () => {
	it.each([
		['Een. Twee? Drie!', 'nl', ['Een.', 'Twee?', 'Drie!']],
		[
			'“Het zou naïef zijn”, zei Peskov. Woensdag gaan de gesprekken verder.',
			'nl',
			['“Het zou naïef zijn”, zei Peskov.', 'Woensdag gaan de gesprekken verder.']
		],
		['Dat zei o.a. de minister. Daarna niets.', 'nl', ['Dat zei o.a. de minister.', 'Daarna niets.']],
		[
			'They met on Monday. The talks lasted six hours.',
			'en',
			['They met on Monday.', 'The talks lasted six hours.']
		],
		// Abbreviations and titles that the platform's segmenter takes for sentence ends.
		[
			'U.S. Secretary of State Antony Blinken met Mr. Lavrov in Geneva on Jan. 21. They talked.',
			'en',
			['U.S. Secretary of State Antony Blinken met Mr. Lavrov in Geneva on Jan. 21.', 'They talked.']
		],
		[
			'Dr. Smith arrived at 5 p.m. on Monday. Talks began.',
			'en',
			['Dr. Smith arrived at 5 p.m. on Monday.', 'Talks began.']
		],
		[
			'Sanctions came from the U.S. The talks went on. Then J. Biden spoke.',
			'en',
			['Sanctions came from the U.S.', 'The talks went on.', 'Then J. Biden spoke.']
		],
		[
			'Minister Blinken sprak met dhr. Lavrov. Daarna vertrok hij naar de V.S. Het overleg was kort.',
			'nl',
			['Minister Blinken sprak met dhr. Lavrov.', 'Daarna vertrok hij naar de V.S.', 'Het overleg was kort.']
		]
	] as const)('%s', (paragraph, lang, expected) => {
		const sentences = splitSentences(paragraph, lang);
		expect(sentences.map((s) => s.text)).toEqual(expected);
		// Offsets point at the exact words, so a quote always anchors in its paragraph.
		for (const s of sentences) expect(paragraph.slice(s.start, s.start + s.text.length)).toBe(s.text);
	});
});

describe('splitClauses', () => {
	it.each([
		[
			'Woensdag gaan zij verder, in de eerste raad sinds 2019, in Brussel.',
			['Woensdag gaan zij verder', 'in de eerste raad sinds 2019', 'in Brussel.']
		],
		[
			'Een dag later is er overleg binnen de OVSE (Organisatie).',
			['Een dag later is er overleg binnen de OVSE', 'Organisatie', '.']
		],
		['Talks resume – in Vienna – on Friday.', ['Talks resume', 'in Vienna', 'on Friday.']],
		['Geen komma hier', ['Geen komma hier']]
	])('%s', (sentence, expected) => {
		const clauses = splitClauses(sentence);
		expect(clauses.map((c) => c.text)).toEqual(expected);
		for (const c of clauses) expect(sentence.slice(c.start, c.start + c.text.length)).toBe(c.text);
	});
});
