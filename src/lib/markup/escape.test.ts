import { describe, expect, it } from 'vitest';
import { escapeMarkup } from './escape';

describe('escapeMarkup', () => {
	it.each([
		['plain', 'plain'],
		['Q&A', 'Q&amp;A'],
		['"Moment of truth"', '&quot;Moment of truth&quot;'],
		["Russia's demands", 'Russia&#39;s demands'],
		['<script>', '&lt;script&gt;'],
		['&amp;', '&amp;amp;']
	])('%s → %s', (input, output) => {
		expect(escapeMarkup(input)).toBe(output);
	});
});
