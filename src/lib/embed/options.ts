/**
 * The embed's options, read from its query string. Every value a host page or a reader might
 * type is checked: anything unknown or malformed falls back to the default, never to an error.
 * Shared by the embed page's script, the embed-code dialog and the oEmbed responses.
 */
import { isLang, type Lang } from '$lib/i18n/lang';
import { localizedPath } from '$lib/i18n/paths';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
/** What the embed opens with; the other views stay one tap away. */
export const VIEWS = ['timeline', 'map', 'both'] as const;
export type View = (typeof VIEWS)[number];

export interface EmbedOptions {
	/** Interface language asked for; null keeps the page's own. */
	lang: Lang | null;
	theme: Theme;
	view: View;
	/** Initially selected event, when it is one of the story's. */
	event: string | null;
	/** No header and footer: the host page frames the embed itself. */
	plain: boolean;
	/** Pym.js parents name their child frame; its height messages must carry the same id. */
	childId: string;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
	lang: null,
	theme: 'light',
	view: 'timeline',
	event: null,
	plain: false,
	childId: ''
};

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | undefined =>
	allowed.find((candidate) => candidate === value?.trim().toLowerCase());

/** Pym's ids are DOM ids chosen by the host; keep them to characters that cannot break a message. */
const CHILD_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function parseEmbedOptions(params: URLSearchParams, eventIds: readonly string[]): EmbedOptions {
	const lang = params.get('lang')?.trim().toLowerCase();
	const event = params.get('event');
	const plain = params.get('plain')?.trim().toLowerCase();
	const childId = params.get('childId') ?? '';
	return {
		lang: isLang(lang) ? lang : null,
		theme: oneOf(THEMES, params.get('theme')) ?? DEFAULT_EMBED_OPTIONS.theme,
		view: oneOf(VIEWS, params.get('view')) ?? DEFAULT_EMBED_OPTIONS.view,
		event: event !== null && eventIds.includes(event) ? event : null,
		plain: plain === '' || plain === '1' || plain === 'true' || plain === 'yes',
		childId: CHILD_ID.test(childId) ? childId : ''
	};
}

/** The query string for the options that differ from the defaults ("" when none do). */
export function embedQuery(options: Partial<EmbedOptions>): string {
	const params = new URLSearchParams();
	if (options.theme && options.theme !== DEFAULT_EMBED_OPTIONS.theme) params.set('theme', options.theme);
	if (options.view && options.view !== DEFAULT_EMBED_OPTIONS.view) params.set('view', options.view);
	if (options.event) params.set('event', options.event);
	if (options.plain) params.set('plain', '1');
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** Site path of a story's embed in a language, e.g. "/en/geneva-2022/embed/". */
export function embedPath(lang: Lang, slug: string): string {
	return localizedPath(lang, `/${slug}/embed/`);
}
