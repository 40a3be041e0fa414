/**
 * The embed's props travel from the prerendered page to its script as JSON in a data block,
 * `<script type="application/json">`: browsers never execute it, so the page's
 * Content-Security-Policy has nothing to allow. The JSON is escaped so that no text in a story
 * can close the element early.
 */
export const ISLAND_ID = 'embed-props';
/** The element whose content the embed's script hydrates. */
export const ROOT_ID = 'embed-root';

/** JSON safe inside a <script> element: `<`, `>`, `&` and the JS line separators as \u escapes. */
export function islandJson(value: unknown): string {
	return JSON.stringify(value).replace(
		/[<>&\u2028\u2029]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}

/** The whole data block, to place in the page with {@html}. */
export function islandScript(value: unknown): string {
	return `<script type="application/json" id="${ISLAND_ID}">${islandJson(value)}</script>`;
}

/** Reads the data block back in the browser. */
export function readIsland<T>(doc: Document = document): T {
	const element = doc.getElementById(ISLAND_ID);
	if (!element?.textContent) throw new Error(`The embed's data (#${ISLAND_ID}) is missing from the page`);
	return JSON.parse(element.textContent) as T;
}
