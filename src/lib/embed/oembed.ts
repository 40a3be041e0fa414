/**
 * oEmbed (oembed.com) for a story: what WordPress, Discord and other consumers read to embed it
 * from its address alone. A static host cannot answer `oembed?url=…` queries, so every story and
 * language has its own prerendered JSON, and the story page points at it (discovery link).
 */
import type { Lang } from '$lib/i18n/lang';
import { messages } from '$lib/i18n/messages';
import { localizedPath } from '$lib/i18n/paths';
import { INITIAL_EMBED_HEIGHT } from './heights';
import { DEFAULT_EMBED_OPTIONS } from './options';
import { embedSnippet } from './snippet';

/** The article column the initial heights are measured at (see heights.ts); the iframe itself is 100% wide. */
export const OEMBED_WIDTH = 640;
/** A day: titles may be corrected, so consumers should not keep the code for ever. */
export const OEMBED_CACHE_AGE = 86_400;

export interface Thumbnail {
	url: string;
	width: number;
	height: number;
}

export interface OEmbedRich {
	type: 'rich';
	version: '1.0';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	cache_age: number;
	thumbnail_url?: string;
	thumbnail_width?: number;
	thumbnail_height?: number;
}

/** Site path of a story's oEmbed JSON, e.g. "/en/geneva-2022/oembed.json". */
export function oembedPath(lang: Lang, slug: string): string {
	return localizedPath(lang, `/${slug}/oembed.json`);
}

export function oembedResponse(input: {
	siteUrl: string;
	slug: string;
	title: string;
	lang: Lang;
	thumbnail?: Thumbnail;
}): OEmbedRich {
	const { siteUrl, slug, title, lang, thumbnail } = input;
	const { theme, view } = DEFAULT_EMBED_OPTIONS;
	return {
		type: 'rich',
		version: '1.0',
		title,
		provider_name: messages(lang).siteName,
		provider_url: `${siteUrl}${localizedPath(lang, '/')}`,
		html: embedSnippet({ siteUrl, slug, title, lang, theme, view, responsive: true }),
		width: OEMBED_WIDTH,
		height: INITIAL_EMBED_HEIGHT[view],
		cache_age: OEMBED_CACHE_AGE,
		// oEmbed wants all three thumbnail fields or none.
		...(thumbnail && {
			thumbnail_url: thumbnail.url,
			thumbnail_width: thumbnail.width,
			thumbnail_height: thumbnail.height
		})
	};
}
