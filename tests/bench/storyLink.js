/**
 * How the timeline bench page is told which story to load: a preload link first thing in its
 * head, naming the timeline index, with the details' address beside it (read by
 * src/lib/bench/BenchTimeline.svelte). Shared by the bench script and the end-to-end test.
 */
export const STORY_FILES = { index: 'story-index.json', details: 'story-details.json' };

/**
 * The bench page's HTML with the story named in its head.
 * @param {string} html the prerendered page
 * @returns {string}
 */
export function withStoryLink(html) {
	const link =
		`<link rel="preload" as="fetch" crossorigin="anonymous" id="bench-story" href="${STORY_FILES.index}" ` +
		`data-details="${STORY_FILES.details}">`;
	const at = html.indexOf('<head>');
	if (at === -1) throw new Error('The bench page has no <head> to name the story in');
	return html.slice(0, at + 6) + link + html.slice(at + 6);
}
