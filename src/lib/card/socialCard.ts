/**
 * The story's social card (og:image, oEmbed thumbnail): its title and its timeline, drawn as an
 * SVG string at build time with the timeline's own layout (layout.ts), so the picture shows the
 * same marks, lanes and labels a reader sees. Pure: socialCardPng.ts turns it into a PNG.
 */
import type { Lang } from '$lib/i18n/lang';
import { CARD } from './cardSize';
import { formatTick } from '$lib/i18n/formatDate';
import { messages } from '$lib/i18n/messages';
import { calendarInterval } from '$lib/story/calendarDate';
import type { Story } from '$lib/story/types';
import { timelineItems } from '$lib/timeline/items';
import { defaultWindow, GEOMETRY, layoutTimeline, tickPattern } from '$lib/timeline/layout';
import { escapeMarkup } from '$lib/markup/escape';

export { CARD };

const INK = '#1c1917';
const MUTED = '#57534e';
const EVENT = '#1e3a8a';
const ACCENT = '#9a3412';
const RULE = '#d6d3d1';
const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
const MARGIN = 60;
/** The timeline is laid out at this width and drawn larger, so its labels read in a thumbnail. */
const PLOT_WIDTH = 900;
const PLOT_SCALE = CARD.width / PLOT_WIDTH;

/** Greedy word wrap to `maxChars` per line, at most `maxLines` lines (the last ends in "…" if cut). */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && `${line} ${word}`.length > maxChars) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, maxChars - 1).trimEnd()}…`;
	return kept;
}

export function socialCardSvg(story: Story, lang: Lang): string {
	const t = messages(lang);
	const items = timelineItems(story.events, lang);
	const g = GEOMETRY.horizontal;
	const plotHeight = g.top + g.lanes * g.lane + g.clusterRow + g.axis;
	const layout = layoutTimeline(items, {
		orientation: 'horizontal',
		width: PLOT_WIDTH,
		height: plotHeight,
		window: defaultWindow(items),
		published: calendarInterval(story.article.published)[0],
		charWidth: 7.5
	});
	const plotTop = CARD.height - MARGIN / 2 - plotHeight * PLOT_SCALE;
	const axisY = g.top + g.lanes * g.lane + g.clusterRow;
	const title = wrapText(story.title[lang], 34, 2);
	const description = wrapText(story.description[lang], 70, title.length === 1 ? 2 : 1);

	const text = (x: number, y: number, size: number, fill: string, content: string, extra = '') =>
		`<text x="${x}" y="${y}" font-size="${size}" fill="${fill}"${extra}>${escapeMarkup(content)}</text>`;

	const marks = layout.marks.map((mark) => {
		const shape = mark.isSpan
			? `<line x1="${mark.x}" y1="${mark.y}" x2="${mark.x2}" y2="${mark.y2}" stroke="${EVENT}" stroke-width="10" stroke-linecap="round"${mark.approximate ? ' stroke-opacity="0.5" stroke-dasharray="14 4"' : ''}/>`
			: mark.status === 'announced'
				? `<circle cx="${mark.x}" cy="${mark.y}" r="7" fill="#fff" stroke="${EVENT}" stroke-width="2.5" stroke-dasharray="3 2"/>`
				: `<circle cx="${mark.x}" cy="${mark.y}" r="7" fill="${EVENT}"/>`;
		return shape + text(mark.labelX, mark.labelY + 4, 13, INK, mark.label);
	});
	const ticks = layout.ticks.map(
		(tick) =>
			`<line x1="${tick.at}" y1="${axisY}" x2="${tick.at}" y2="${axisY + 6}" stroke="${MUTED}"/>` +
			text(
				tick.at,
				axisY + 22,
				12,
				MUTED,
				formatTick(tick.value, tickPattern(layout.tickUnit, lang), lang),
				' text-anchor="middle"'
			)
	);
	const published =
		layout.publishedAt === null
			? ''
			: `<line x1="${layout.publishedAt}" y1="${g.top - 14}" x2="${layout.publishedAt}" y2="${axisY}" stroke="${ACCENT}" stroke-dasharray="4 3"/>` +
				text(layout.publishedAt + 4, g.top - 16, 12, ACCENT, t.articlePublished);

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}" font-family="${FONT}">`,
		`<title>${escapeMarkup(`${t.timelineLabel(story.title[lang])} · ${t.siteName}`)}</title>`,
		`<rect width="100%" height="100%" fill="#ffffff"/>`,
		`<rect width="100%" height="8" fill="${EVENT}"/>`,
		text(MARGIN, MARGIN + 4, 24, ACCENT, t.siteName, ' font-weight="bold"'),
		...title.map((line, i) => text(MARGIN, MARGIN + 70 + i * 62, 54, INK, line, ' font-weight="bold"')),
		...description.map((line, i) => text(MARGIN, MARGIN + 66 + title.length * 62 + i * 34, 26, MUTED, line)),
		`<g transform="translate(0 ${plotTop}) scale(${PLOT_SCALE})">`,
		`<line x1="${layout.axisStart}" y1="${axisY}" x2="${layout.axisEnd}" y2="${axisY}" stroke="${RULE}" stroke-width="2"/>`,
		...ticks,
		published,
		...marks,
		`</g>`,
		`</svg>`
	].join('');
}
