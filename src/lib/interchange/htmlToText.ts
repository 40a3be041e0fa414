/**
 * HTML as found in TimelineJS slides ("<p>Born in …</p>", "Whitney Houston<br/> 1963") turned
 * into plain text with a real HTML parser (parse5, the WHATWG algorithm browsers use), so
 * entities, unclosed tags and attributes are read as a browser would, and nothing of the markup
 * ever reaches a page: the result is text, rendered as text.
 */
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.ChildNode;

/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math']);

/** Elements that break a line; in one paragraph of plain text they become a space. */
const BREAKS = new Set([
	'br',
	'p',
	'div',
	'li',
	'ul',
	'ol',
	'blockquote',
	'cite',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'tr',
	'td',
	'th',
	'hr',
	'section',
	'article',
	'figure',
	'figcaption'
]);

/** The visible text of an HTML fragment as one line: whitespace collapsed, trimmed. */
export function htmlToText(html: string | null | undefined): string {
	if (!html) return '';
	const parts: string[] = [];
	const walk = (nodes: Node[]) => {
		for (const node of nodes) {
			if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterTypes.TextNode).value);
			else if ('childNodes' in node && !HIDDEN.has(node.nodeName)) {
				const breaks = BREAKS.has(node.nodeName);
				if (breaks) parts.push(' ');
				walk(node.childNodes);
				if (breaks) parts.push(' ');
			}
		}
	};
	walk(parseFragment(html).childNodes);
	return parts.join('').replace(/\s+/g, ' ').trim();
}
