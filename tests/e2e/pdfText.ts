/**
 * The text of a PDF, page by page, read with Mozilla's PDF.js (pdfjs-dist, the parser Firefox
 * uses), so a test can check what a printed page really holds.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Each page's text, its items joined by spaces. */
export async function pdfPages(pdf: Uint8Array): Promise<string[]> {
	// PDF.js takes a plain Uint8Array, not a Node Buffer: copy.
	const document = await getDocument({
		data: Uint8Array.from(pdf),
		useSystemFonts: false,
		isEvalSupported: false
	}).promise;
	const pages: string[] = [];
	for (let number = 1; number <= document.numPages; number++) {
		const content = await (await document.getPage(number)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	await document.destroy();
	return pages;
}

/**
 * Text made comparable across line breaks: ligatures unfolded ("ﬁ" → "fi"), all white space
 * removed (a PDF breaks lines and cells where it likes), the page-number footer dropped.
 */
export function squeeze(text: string): string {
	return text.normalize('NFKC').replace(/\s+/g, '');
}
