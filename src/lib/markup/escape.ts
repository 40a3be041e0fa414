/**
 * Text made safe inside HTML or XML (SVG) markup, in element content and in attribute values
 * quoted either way. `&#39;` rather than `&apos;`: both XML and every HTML parser read it.
 * Used wherever we write markup as strings: embed snippets, TimelineJS exports, figures and
 * social cards.
 */
const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

export function escapeMarkup(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
