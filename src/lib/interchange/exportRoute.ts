/**
 * What the three download routes share (story.ics, story.csv, story.timeline.json): one file per
 * story and language, prerendered at build time, with its content type. Build time only.
 */
import type { RequestHandler } from '@sveltejs/kit';
import { storyPath } from '$lib/i18n/paths';
import { siteUrl } from '$lib/site';
import { storyFromParams } from '$lib/story/storyRoute';
import { EXPORT_FORMATS, type ExportFormat } from './exportFormats';
import { buildTime } from './buildTime';
import { renderExport } from './renderExport';

/** Read once per build, so every calendar file of one build carries the same DTSTAMP. */
const BUILT_AT = buildTime();

export function exportHandler(format: ExportFormat): RequestHandler<{ story: string; lang?: string }> {
	return ({ params }) => {
		const { story, lang } = storyFromParams(params);
		const body = renderExport(story, lang, format, {
			storyUrl: `${siteUrl()}${storyPath(lang, story.slug)}`,
			stamp: BUILT_AT
		});
		return new Response(body, { headers: { 'content-type': EXPORT_FORMATS[format].contentType } });
	};
}
