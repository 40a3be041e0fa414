/**
 * The HTML a newsroom pastes into an article to embed a story: an iframe that reserves its
 * height up front (no layout jump), is sandboxed and named for screen readers, a link to the full
 * story for readers whose CMS, app or feed drops the iframe, and optionally our small parent
 * script that lets the iframe follow the embed's real height. Shared by the embed-code dialog and
 * the oEmbed responses, so both hand out the same code.
 */
import type { Lang } from '$lib/i18n/lang';
import { messages } from '$lib/i18n/messages';
import { localizedPath } from '$lib/i18n/paths';
import { INITIAL_EMBED_HEIGHT } from './heights';
import { embedPath, embedQuery, type Theme, type View } from './options';
import { escapeMarkup } from '$lib/markup/escape';

export interface SnippetInput {
	/** The site's public address without a trailing slash (siteUrl()). */
	siteUrl: string;
	slug: string;
	/** The story's title in `lang`. */
	title: string;
	lang: Lang;
	theme: Theme;
	view: View;
	/** Add the parent script that resizes the iframe to its content. */
	responsive: boolean;
}

/** The attribute that marks our iframes for the parent script (static/embed/frames.js). */
export const EMBED_MARKER = 'data-timeline-embed';
/** Where the parent script is served, below the site URL. */
export const FRAMES_SCRIPT_PATH = '/embed/frames.js';
/**
 * What the embed may do inside a host page: run its script, open sources in a new tab and
 * navigate the page only when a reader clicks. No allow-same-origin: it needs no storage.
 */
export const EMBED_SANDBOX =
	'allow-scripts allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';

/** The absolute embed address with the chosen options, e.g. "https://…/en/geneva-2022/embed/?view=map". */
export function embedUrl(input: Pick<SnippetInput, 'siteUrl' | 'slug' | 'lang' | 'theme' | 'view'>): string {
	return `${input.siteUrl}${embedPath(input.lang, input.slug)}${embedQuery(input)}`;
}

export function embedSnippet(input: SnippetInput): string {
	const t = messages(input.lang);
	const attributes: [string, string][] = [
		['src', embedUrl(input)],
		['title', t.embedFrameTitle(input.title)],
		['width', '100%'],
		['height', String(INITIAL_EMBED_HEIGHT[input.view])],
		['style', 'width:100%;border:0;display:block'],
		['loading', 'lazy'],
		['sandbox', EMBED_SANDBOX],
		['referrerpolicy', 'strict-origin-when-cross-origin'],
		['scrolling', 'no'],
		['frameborder', '0'],
		['allow', 'fullscreen']
	];
	const iframe = `<iframe ${attributes.map(([name, value]) => `${name}="${escapeMarkup(value)}"`).join(' ')} ${EMBED_MARKER}></iframe>`;
	const storyUrl = `${input.siteUrl}${localizedPath(input.lang, `/${input.slug}/`)}`;
	const link = `<p style="margin:0"><a href="${escapeMarkup(storyUrl)}">${escapeMarkup(t.embedFallbackLink(input.title))}</a></p>`;
	const script = `<script src="${escapeMarkup(input.siteUrl + FRAMES_SCRIPT_PATH)}" defer></script>`;
	return [iframe, link, ...(input.responsive ? [script] : [])].join('\n');
}
