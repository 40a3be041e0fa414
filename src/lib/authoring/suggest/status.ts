/**
 * Whether an event had happened at publication ("reported") or was still ahead ("announced"):
 * ahead when it starts after the day of publication, or when its period (a month, a year)
 * includes that day and the sentence speaks of it in the future tense.
 */
import { calendarDate, calendarInterval } from '../../story/calendarDate';
import type { Tense } from './tense';

export type EventStatus = 'reported' | 'announced';

export function statusOf(start: string, published: string, tense: Tense): EventStatus {
	const [eventStart, eventEnd] = calendarInterval(calendarDate(start));
	const [publicationStart, publicationEnd] = calendarInterval(calendarDate(published));
	if (eventStart >= publicationEnd) return 'announced';
	if (eventEnd > publicationStart && eventStart < publicationEnd && tense === 'future') return 'announced';
	return 'reported';
}
