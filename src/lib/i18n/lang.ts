/** The interface languages. Dutch first: the product and its first story are Dutch. */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'nl';

/** Text authored in every interface language. */
export type Localized = Record<Lang, string>;

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
