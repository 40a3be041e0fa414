import { describe, expect, it } from 'vitest';
import { anchorQuote, nearestText } from './anchorQuote';

const text = 'Woensdag gaan de onderhandelingen verder, in Brussel. Een dag later is er in Wenen overleg.';

describe('anchorQuote', () => {
	it.each([
		{ quote: 'in Brussel', start: 42 },
		{ quote: 'Woensdag', start: 0 },
		{ quote: 'in Wenen overleg.', start: text.length - 'in Wenen overleg.'.length }
	])('finds "$quote" at $start', ({ quote, start }) => {
		expect(anchorQuote(text, quote)).toEqual({ ok: true, start, end: start + quote.length });
	});

	it('refuses a quote that occurs twice unless an occurrence says which', () => {
		expect(anchorQuote(text, ' in ')).toEqual({ ok: false, reason: 'ambiguous', count: 2 });
		expect(anchorQuote(text, ' in ', 2)).toEqual({ ok: true, start: 73, end: 77 });
		expect(anchorQuote(text, ' in ', 3)).toEqual({ ok: false, reason: 'occurrence-out-of-range', count: 2 });
	});

	it('reports the nearest text when the words are not there', () => {
		const result = anchorQuote(text, 'gaan de onderhandelingen door');
		expect(result.ok).toBe(false);
		expect(result).toMatchObject({ reason: 'not-found' });
		if (!result.ok && result.reason === 'not-found')
			expect(result.nearest).toMatch(/^gaan de onderhandelingen/);
	});

	it('treats straight and curly quotation marks as different (exact words)', () => {
		const curly = 'zijn \u201cpositief\u201d verlopen';
		expect(anchorQuote(curly, 'zijn "positief" verlopen')).toMatchObject({ ok: false, reason: 'not-found' });
		expect(anchorQuote(curly, 'zijn \u201cpositief\u201d verlopen')).toMatchObject({ ok: true, start: 0 });
	});
});

describe('nearestText', () => {
	it.each([
		['in Brusel', 'in Brussel'],
		['Een dag later is er in Weenen', 'Een dag later is er in Wenen'],
		['onderhandelingen', 'onderhandelingen']
	])('for %j suggests %j', (quote, expected) => {
		expect(nearestText(text, quote)).toBe(expected);
	});
});
