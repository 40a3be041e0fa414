import { describe, expect, it } from 'vitest';
import { islandJson, islandScript } from './island';

describe('islandJson', () => {
	it.each([
		{ name: 'a closing script tag', value: { quote: '</script><script>alert(1)</script>' } },
		{ name: 'an HTML comment opener', value: { text: '<!-- not a comment' } },
		{ name: 'ampersands and angle brackets', value: { text: 'NAVO & Rusland > 1 < 2' } },
		{ name: 'line and paragraph separators', value: { text: 'a\u2028b\u2029c' } },
		{ name: 'nested data', value: { events: [{ id: 'geneva', start: { year: 2022, month: 1, day: 10 } }] } }
	])('round-trips $name and leaves no <, > or & in the markup', ({ value }) => {
		const json = islandJson(value);
		expect(json).not.toMatch(/[<>&\u2028\u2029]/);
		expect(JSON.parse(json)).toEqual(value);
	});
});

describe('islandScript', () => {
	it('is a non-executable data block that no story text can close', () => {
		const script = islandScript({ title: '</script>' });
		expect(script).toMatch(/^<script type="application\/json" id="embed-props">/);
		expect(script.match(/<\/script>/g)).toHaveLength(1);
	});
});
