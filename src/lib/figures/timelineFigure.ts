/**
 * The timeline as a standalone, static figure (print handout, slide pictures), drawn with the
 * interactive timeline's own layout (layout.ts) in the story's opening frame, so paper and slides
 * show the marks, lanes and labels a reader sees. Unlike the screen it must show every event at
 * once: it is laid out wider until no label needs a cluster, then drawn at the asked width, and
 * the events outside the frame are written under the axis ("← 2019: …").
 */
import type { Lang } from '$lib/i18n/lang';
import { formatDateRange, formatTick } from '$lib/i18n/formatDate';
import { messages } from '$lib/i18n/messages';
import { calendarInterval } from '$lib/story/calendarDate';
import type { Story } from '$lib/story/types';
import { timelineItems } from '$lib/timeline/items';
import {
	defaultWindow,
	GEOMETRY,
	layoutTimeline,
	tickPattern,
	type TimelineLayout,
	type TimelineMark
} from '$lib/timeline/layout';
import { r, svgText, TONES, type Figure, type Tone, type ToneName } from './svg';

export interface TimelineFigureOptions {
	/** Drawn width (the figure's viewBox width). */
	width: number;
	tone: ToneName;
	/** The event to show selected, as on screen; null for none. */
	selectedId?: string | null;
}

/** How much wider than drawn the layout may grow to find every label a lane (then it shrinks). */
const MAX_STRETCH = 2.5;
const NOTE_LINE = 18;
const LEGEND_HEIGHT = 30;

export function timelineFigure(story: Story, lang: Lang, options: TimelineFigureOptions): Figure {
	const { width, selectedId = null } = options;
	const tone = TONES[options.tone];
	const t = messages(lang);
	const g = GEOMETRY.horizontal;
	const items = timelineItems(story.events, lang);
	const window = defaultWindow(items);
	const selected = selectedId !== null && items.some((item) => item.id === selectedId) ? selectedId : null;

	let layoutWidth = width;
	let layout: TimelineLayout;
	for (;;) {
		layout = layoutTimeline(items, {
			orientation: 'horizontal',
			width: layoutWidth,
			height: g.top + g.lanes * g.lane + g.clusterRow + g.axis,
			window,
			published: calendarInterval(story.article.published)[0],
			pinnedIds: selected ? [selected] : []
		});
		if (layout.clusters.length === 0 || layoutWidth >= width * MAX_STRETCH) break;
		layoutWidth = Math.ceil(layoutWidth * 1.2);
	}
	const scale = width / layoutWidth;
	const lanesUsed = Math.max(1, ...layout.marks.map((mark) => mark.lane + 1));
	// Clusters (only when even the widest layout has no lane for every label) sit under the lanes.
	const axisY =
		layout.clusters.length > 0
			? g.top + g.lanes * g.lane + g.clusterRow + 4
			: g.top + lanesUsed * g.lane + 12;
	const plotHeight = (axisY + 30) * scale;

	const dayOffset =
		layout.tickUnit === 'day' && layout.ticks.length > 1 ? (layout.ticks[1].at - layout.ticks[0].at) / 2 : 0;
	const ticks = layout.ticks.map((tick) => {
		const labelAt = tick.at + dayOffset;
		const label =
			labelAt < layout.axisEnd + 20
				? svgText(
						labelAt,
						axisY + 20,
						formatTick(tick.value, tickPattern(layout.tickUnit, lang), lang),
						'text-anchor="middle"'
					)
				: '';
		return `<line x1="${r(tick.at)}" y1="${g.top - 8}" x2="${r(tick.at)}" y2="${axisY}" stroke="${tone.rule}" stroke-width="1"/>${label}`;
	});
	const published =
		layout.publishedAt === null
			? ''
			: `<g data-published="true" fill="${tone.published}"><line x1="${r(layout.publishedAt)}" y1="14" x2="${r(layout.publishedAt)}" y2="${axisY}" stroke="${tone.published}" stroke-width="2" stroke-dasharray="4 3"/>` +
				svgText(layout.publishedAt + 4, 12, t.articlePublished, 'font-weight="bold"') +
				'</g>';

	// Events outside the frame, one line each: earlier ones first.
	const eventsById = new Map(story.events.map((event) => [event.id, event]));
	const outside = items
		.filter((item) => item.end <= window[0] || item.start >= window[1])
		.map((item) => {
			const event = eventsById.get(item.id)!;
			const before = item.end <= window[0];
			const date = formatDateRange(event.start, event.end, lang, 'short');
			return { id: item.id, text: `${before ? '← ' : '→ '}${date}: ${event.headline[lang]}`, before };
		})
		.sort((a, b) => Number(b.before) - Number(a.before));
	const notesTop = plotHeight + 6;
	// Notes and legend line up with the start of the axis.
	const left = layout.axisStart * scale;
	const notes = outside.map(
		(note, i) =>
			`<g data-event="${note.id}"${note.id === selected ? ' data-selected="true" font-weight="bold"' : ''}>` +
			svgText(left, notesTop + 13 + i * NOTE_LINE, note.text, `font-size="13" fill="${tone.ink}"`) +
			'</g>'
	);
	const legendTop = notesTop + outside.length * NOTE_LINE + 8;
	const key = legend(legendTop, left, width, lang, tone);

	const content = [
		`<g transform="scale(${r(scale * 1000) / 1000})" font-size="13">`,
		`<g fill="${tone.muted}" font-size="12">${ticks.join('')}</g>`,
		`<line x1="${r(layout.axisStart)}" y1="${axisY}" x2="${r(layout.axisEnd)}" y2="${axisY}" stroke="${tone.muted}" stroke-width="1.5"/>`,
		published,
		...layout.clusters.map(
			(cluster) =>
				`<g data-cluster="${cluster.count}"><circle cx="${r(cluster.x)}" cy="${r(cluster.y)}" r="${cluster.count > 99 ? 14 : 11}" fill="${tone.paper}" stroke="${tone.muted}"/>` +
				svgText(
					cluster.x,
					cluster.y + 4,
					String(cluster.count),
					`text-anchor="middle" font-size="12" font-weight="bold" fill="${tone.ink}"`
				) +
				'</g>'
		),
		...layout.marks.map((mark) => drawMark(mark, mark.id === selected, tone)),
		'</g>',
		...notes,
		key.content,
		''
	].join('');
	return { width, height: Math.ceil(legendTop + key.height), content };
}

function drawMark(mark: TimelineMark, selected: boolean, tone: Tone): string {
	const colour = selected ? tone.accent : tone.event;
	let shape: string;
	if (mark.isSpan) {
		const dash = mark.approximate
			? ' stroke-opacity="0.5" stroke-dasharray="14 4"'
			: ' stroke-linecap="round"';
		shape = `<line x1="${r(mark.x)}" y1="${r(mark.y)}" x2="${r(mark.x2)}" y2="${r(mark.y2)}" stroke="${colour}" stroke-width="10"${dash}/>`;
		if (mark.approximate) {
			const [x, y] = mark.continuesBefore ? [mark.x2, mark.y2] : [mark.x, mark.y];
			shape += `<circle cx="${r(x)}" cy="${r(y)}" r="3" fill="${tone.paper}" stroke="${colour}"/>`;
		}
	} else if (mark.status === 'announced') {
		shape = `<circle cx="${r(mark.x)}" cy="${r(mark.y)}" r="7" fill="${tone.paper}" stroke="${colour}" stroke-width="2.5" stroke-dasharray="3 2"/>`;
	} else {
		const faded = mark.approximate ? ` fill-opacity="0.45" stroke="${colour}" stroke-dasharray="2 2"` : '';
		shape = `<circle cx="${r(mark.x)}" cy="${r(mark.y)}" r="7" fill="${colour}"${faded}/>`;
	}
	// The selection is a ring as well as a colour, so it survives a black-and-white printer.
	const ring = selected
		? `<circle data-highlight="true" cx="${r(mark.x)}" cy="${r(mark.y)}" r="11" fill="none" stroke="${tone.accent}" stroke-width="2"/>`
		: '';
	const label = svgText(
		mark.labelX,
		mark.labelY + 4,
		mark.label,
		// A halo in the paper's colour, as on screen: day lines pass behind a headline, not through it.
		`fill="${selected ? tone.accent : tone.ink}"${selected ? ' font-weight="bold"' : ''}` +
			` stroke="${tone.paper}" stroke-width="4" stroke-linejoin="round" paint-order="stroke"`
	);
	return `<g data-event="${mark.id}"${selected ? ' data-selected="true"' : ''}>${ring}${shape}${label}</g>`;
}

/** What the shapes mean, drawn as on screen (TimelineLegend.svelte). */
function legend(
	top: number,
	left: number,
	width: number,
	lang: Lang,
	tone: Tone
): { content: string; height: number } {
	const t = messages(lang);
	let y = top + 14;
	const entries: [string, string][] = [
		[`<circle cx="7" cy="${y - 4}" r="6" fill="${tone.event}"/>`, t.legendReported],
		[
			`<circle cx="7" cy="${y - 4}" r="6" fill="${tone.paper}" stroke="${tone.event}" stroke-width="2" stroke-dasharray="3 2"/>`,
			t.legendAnnounced
		],
		[
			`<line x1="0" y1="${y - 4}" x2="22" y2="${y - 4}" stroke="${tone.event}" stroke-width="8" stroke-opacity="0.5" stroke-dasharray="8 3"/>`,
			t.legendApproximate
		],
		[
			`<line x1="7" y1="${y - 14}" x2="7" y2="${y + 5}" stroke="${tone.published}" stroke-width="2" stroke-dasharray="4 3"/>`,
			t.articlePublished
		]
	];
	let x = left;
	const parts = entries.map(([shape, label]) => {
		const entryWidth = 28 + label.length * 7;
		// An entry that would run off the edge starts a new line.
		if (x > left && x + entryWidth > width) {
			x = left;
			y += LEGEND_HEIGHT - 8;
		}
		const part = `<g transform="translate(${r(x)} ${r(y - top - 14)})">${shape}${svgText(28, top + 14, label)}</g>`;
		x += entryWidth + 24;
		return part;
	});
	return {
		content: `<g data-legend="true" font-size="12" fill="${tone.muted}">${parts.join('')}</g>`,
		height: y - top + LEGEND_HEIGHT - 14
	};
}
