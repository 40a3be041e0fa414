import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldLine, icsDate, icsLine, icsTimestamp } from './ics';

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('escapeIcsText (RFC 5545 §3.3.11)', () => {
	it.each([
		['plain', 'plain'],
		['a, b; c', 'a\\, b\\; c'],
		['back\\slash', 'back\\\\slash'],
		['two\nlines', 'two\\nlines'],
		['windows\r\nline', 'windows\\nline'],
		['colon: stays', 'colon: stays']
	])('%j → %s', (text, escaped) => {
		expect(escapeIcsText(text)).toBe(escaped);
	});
});

describe('foldLine (RFC 5545 §3.1)', () => {
	it.each([
		['short', 'SUMMARY:Talks', 1],
		['exactly 75 octets', `SUMMARY:${'x'.repeat(67)}`, 1],
		['76 octets', `SUMMARY:${'x'.repeat(68)}`, 2],
		['long ASCII', `DESCRIPTION:${'word '.repeat(60)}`, 5],
		['multi-byte characters', `SUMMARY:${'Genève ✓ '.repeat(20)}`, 4],
		['emoji (surrogate pairs)', `SUMMARY:${'🇺🇦'.repeat(30)}`, 4]
	])('%s', (_, line, count) => {
		const folded = foldLine(line);
		const lines = folded.split('\r\n');
		expect(lines).toHaveLength(count);
		for (const part of lines) expect(octets(part)).toBeLessThanOrEqual(75);
		lines.slice(1).forEach((part) => expect(part.startsWith(' ')).toBe(true));
		// Unfolding (remove CRLF + one space) gives the line back, no character split.
		expect(folded.replace(/\r\n /g, '')).toBe(line);
		expect(folded).not.toContain('\uFFFD');
	});
});

describe('dates and parameters', () => {
	it('writes UTC timestamps and all-day dates', () => {
		expect(icsTimestamp(new Date(Date.UTC(2026, 0, 30, 1, 2, 3)))).toBe('20260130T010203Z');
		expect(icsDate(Date.UTC(2022, 0, 10))).toBe('20220110');
		expect(icsDate(Date.UTC(602, 0, 1))).toBe('06020101');
		expect(icsLine('DTSTART', '20220110', { VALUE: 'DATE' })).toBe('DTSTART;VALUE=DATE:20220110');
	});
});
