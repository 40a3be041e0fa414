import type { ParamMatcher } from '@sveltejs/kit';
import { DEFAULT_LANG, LANGS } from '$lib/i18n/lang';

/** The language prefix: "/en/…". The default language (Dutch) has none, so "/" is the Dutch site. */
export const match: ParamMatcher = (param) =>
	param !== DEFAULT_LANG && (LANGS as readonly string[]).includes(param);
