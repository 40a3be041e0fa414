/**
 * The pieces of iCalendar (RFC 5545) the story export needs: text escaping (§3.3.11), line
 * folding at 75 octets without splitting a UTF-8 character (§3.1), CRLF line ends, UTC
 * timestamps and all-day dates.
 */

const encoder = new TextEncoder();
const LINE_OCTETS = 75;

/** TEXT values: backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeIcsText(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n?|\n/g, '\\n');
}

/** One content line, folded: no line longer than 75 octets; continuations start with a space. */
export function foldLine(line: string): string {
	const lines: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		if (octets + size > LINE_OCTETS) {
			lines.push(current);
			current = ' ';
			octets = 1;
		}
		current += char;
		octets += size;
	}
	lines.push(current);
	return lines.join('\r\n');
}

/** A property line: name, parameters, value (already escaped where it is TEXT). */
export function icsLine(name: string, value: string, params: Record<string, string> = {}): string {
	const head = [name, ...Object.entries(params).map(([k, v]) => `${k}=${v}`)].join(';');
	return foldLine(`${head}:${value}`);
}

const two = (n: number) => String(n).padStart(2, '0');

/** A UTC instant as a DATE-TIME: 20260130T010203Z. */
export function icsTimestamp(date: Date): string {
	return (
		`${String(date.getUTCFullYear()).padStart(4, '0')}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}` +
		`T${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z`
	);
}

/** The calendar day a UTC-midnight instant stands for, as a DATE: 20220110. */
export function icsDate(utcMidnight: number): string {
	const date = new Date(utcMidnight);
	return `${String(date.getUTCFullYear()).padStart(4, '0')}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}`;
}

/** Lines joined as the standard wants: CRLF after every line, the last one too. */
export function icsDocument(lines: string[]): string {
	return `${lines.join('\r\n')}\r\n`;
}
