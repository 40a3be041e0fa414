import type { Handle } from '@sveltejs/kit';
import { splitLangFromPath } from '$lib/i18n/paths';

/** `<html lang>` follows the page's language (app.html holds the %lang% placeholder). */
export const handle: Handle = ({ event, resolve }) => {
	const { lang } = splitLangFromPath(event.url.pathname);
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
