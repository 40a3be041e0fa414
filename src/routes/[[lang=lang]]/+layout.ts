import { DEFAULT_LANG, isLang } from '$lib/i18n/lang';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = ({ params }) => ({
	lang: isLang(params.lang) ? params.lang : DEFAULT_LANG
});
