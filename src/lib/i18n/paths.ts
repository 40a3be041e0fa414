/** Site paths per language: Dutch at the root ("/geneva-2022/"), others under a prefix ("/en/geneva-2022/"). */
import { DEFAULT_LANG, isLang, type Lang } from './lang';

/** `path` is a site path without language, starting and ending with "/" (e.g. "/", "/geneva-2022/"). */
export function localizedPath(lang: Lang, path: string): string {
	return lang === DEFAULT_LANG ? path : `/${lang}${path}`;
}

/** The language of a site path and the path without it. */
export function splitLangFromPath(pathname: string): { lang: Lang; path: string } {
	const [, first, ...rest] = pathname.split('/');
	if (first !== DEFAULT_LANG && isLang(first)) return { lang: first, path: `/${rest.join('/')}` };
	return { lang: DEFAULT_LANG, path: pathname };
}

/** Site path of a story's page or one of its files: "/geneva-2022/", "/en/geneva-2022/card.png". */
export function storyPath(lang: Lang, slug: string, file = ''): string {
	return localizedPath(lang, `/${slug}/${file}`);
}
