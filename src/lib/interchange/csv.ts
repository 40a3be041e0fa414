/**
 * CSV as RFC 4180 writes it: a field with a comma, quote or line break goes in double quotes,
 * quotes inside doubled; lines end in CRLF. A byte-order mark leads, as in Excel's own
 * "CSV UTF-8": without it Excel reads "Genève" as "GenÃ¨ve".
 */

export type Cell = string | number | boolean | undefined;

export function csvField(value: Cell): string {
	if (value === undefined) return '';
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
	return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
