/**
 * CSV as RFC 4180 writes it: a field with a comma, quote or line break goes in double quotes,
 * quotes inside doubled; lines end in CRLF. A byte-order mark leads, as in Excel's own
 * "CSV UTF-8": without it Excel reads "Genève" as "GenÃ¨ve".
 *
 * Text that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return) gets a leading apostrophe, as OWASP advises against CSV injection: an imported
 * story's text comes from someone else's file, and a newsroom opens this one in Excel. Numbers
 * (coordinates, negative ones too) are written as they are.
 */

export type Cell = string | number | boolean | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: Cell): string {
	if (value === undefined) return '';
	const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
	return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
