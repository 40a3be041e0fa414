import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('csvField (RFC 4180)', () => {
	it.each([
		['plain', 'plain'],
		['with, comma', '"with, comma"'],
		['with "quotes"', '"with ""quotes"""'],
		['two\nlines', '"two\nlines"'],
		['carriage\rreturn', '"carriage\rreturn"'],
		['Genève; ¶2', 'Genève; ¶2'],
		[42, '42'],
		[46.2, '46.2'],
		[false, 'false'],
		[undefined, ''],
		['', '']
	])('%j → %s', (value, field) => {
		expect(csvField(value)).toBe(field);
	});

	// A spreadsheet would run these as formulas; an apostrophe makes them text (OWASP).
	it.each([
		['=HYPERLINK("http://example.com","click")', '"\'=HYPERLINK(""http://example.com"",""click"")"'],
		['+1 234', "'+1 234"],
		['-2 degrees', "'-2 degrees"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\t=1', "'\t=1"],
		['\r=1', '"\'\r=1"'],
		[-6.2, '-6.2'],
		['a = b', 'a = b']
	])('guards %j as %s', (value, field) => {
		expect(csvField(value)).toBe(field);
	});
});

describe('toCsv', () => {
	it('starts with a byte-order mark and ends every row with CRLF', () => {
		expect(
			toCsv([
				['a', 'b'],
				['1', 'x,y']
			])
		).toBe('\uFEFFa,b\r\n1,"x,y"\r\n');
	});
});
