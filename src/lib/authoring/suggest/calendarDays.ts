/**
 * Day arithmetic on calendar dates ("2022-01-11") without JS Dates in a time zone: a day is a
 * whole number of days since 1970-01-01, so "the Monday before" or "a day later" cannot shift
 * when the process runs at UTC+14.
 */
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a "YYYY-MM-DD" date. */
export function dayNumber(iso: string): number {
	const [year, month, day] = iso.split('-').map(Number);
	return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** "YYYY-MM-DD" of a day number. */
export function isoDay(days: number): string {
	return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" from calendar fields (month 1–12). */
export function isoFromParts(year: number, month: number, day: number): string {
	return isoDay(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** "YYYY-MM" from calendar fields. */
export function isoMonth(year: number, month: number): string {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(days: number): number {
	// 1970-01-01 was a Thursday.
	return (((days + 4) % 7) + 7) % 7;
}

export function addDays(iso: string, days: number): string {
	return isoDay(dayNumber(iso) + days);
}
