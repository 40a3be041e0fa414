/** One story in one language as the text of one export format: what the routes and the CLI serve. */
import type { Lang } from '$lib/i18n/lang';
import type { Story } from '$lib/story/types';
import { toStoryCsv } from './exportCsv';
import type { ExportFormat } from './exportFormats';
import { toStoryIcs } from './exportIcs';
import { toTimelineJs } from './exportTimelineJs';

export interface RenderOptions {
	/** The story page's absolute address in this language. */
	storyUrl: string;
	/** When the file is made. */
	stamp: Date;
}

export function renderExport(story: Story, lang: Lang, format: ExportFormat, options: RenderOptions): string {
	switch (format) {
		case 'ics':
			return toStoryIcs(story, lang, options);
		case 'csv':
			return toStoryCsv(story, lang, options.storyUrl);
		case 'timelinejs':
			return `${JSON.stringify(toTimelineJs(story, lang), null, '\t')}\n`;
	}
}
