/**
 * Story events as timeline items, in time order (the layout relies on it): each occupies its
 * whole period (a day, a month, a year or a span).
 */
import type { Lang } from '$lib/i18n/lang';
import { calendarInterval } from '$lib/story/calendarDate';
import type { TimelineEvent } from '$lib/story/types';
import type { TimelineItem } from './layout';

export function timelineItems<L extends Lang>(events: readonly TimelineEvent<L>[], lang: L): TimelineItem[] {
	const items = events.map((event) => ({
		id: event.id,
		start: calendarInterval(event.start)[0],
		end: calendarInterval(event.end ?? event.start)[1],
		isSpan: event.end !== undefined || event.start.precision !== 'day',
		approximate: event.approximate,
		status: event.status,
		label: event.headline[lang]
	}));
	return items.sort((a, b) => a.start - b.start || b.end - a.end);
}
