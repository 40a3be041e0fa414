/**
 * Splits an article file into its header and paragraphs.
 *
 * The file is the source text verbatim. It may open with a header line such as
 * " date 2022-01 " that is metadata, not article text; paragraphs are the blocks separated by
 * blank lines, numbered p1, p2, ... in order (headings count as blocks too, so a number is
 * always "the nth block" of the file, easy to check by eye).
 */

export interface ArticleHeader {
	/** The date as written in the header ("2022-01"), if the file has one. */
	date?: string;
}

export interface Paragraph {
	/** "p1", "p2", ...: what sources refer to. */
	id: string;
	/** 1-based position, shown to readers as ¶n. */
	number: number;
	text: string;
	/** A short block without closing punctuation is an intertitle, shown as a heading. */
	kind: 'text' | 'heading';
}

export interface SplitArticle {
	header: ArticleHeader;
	paragraphs: Paragraph[];
}

// The header is one leading "date <value>" before the first words of the text.
const HEADER = /^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+/;
const HEADING_MAX_LENGTH = 80;

export function splitArticle(fileText: string): SplitArticle {
	const normalised = fileText.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
	const headerMatch = HEADER.exec(normalised);
	const header: ArticleHeader = headerMatch ? { date: headerMatch[1] } : {};
	const body = headerMatch ? normalised.slice(headerMatch[0].length) : normalised;

	const paragraphs = body
		.split(/\n\s*\n/)
		.map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
		.filter((block) => block.length > 0)
		.map((text, index) => ({
			id: `p${index + 1}`,
			number: index + 1,
			text,
			kind: isHeading(text) ? ('heading' as const) : ('text' as const)
		}));
	return { header, paragraphs };
}

function isHeading(text: string): boolean {
	return text.length <= HEADING_MAX_LENGTH && !/[.!?:;”"’)…]$/.test(text);
}
