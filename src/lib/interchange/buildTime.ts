/**
 * The time a build or an export is made, for the calendar's DTSTAMP: SOURCE_DATE_EPOCH (whole
 * seconds since 1970, the reproducible-builds.org convention) when set, so that the same data
 * builds byte-identical files and hosts' caches keep them; otherwise now.
 */
export function buildTime(
	env: Record<string, string | undefined> = process.env,
	now = () => new Date()
): Date {
	const epoch = env.SOURCE_DATE_EPOCH?.trim();
	if (!epoch) return now();
	const seconds = /^\d{1,12}$/.test(epoch) ? Number(epoch) : NaN;
	if (!Number.isSafeInteger(seconds)) {
		throw new Error(
			`SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 UTC, e.g. 1764460800 (found: ${JSON.stringify(epoch)})`
		);
	}
	return new Date(seconds * 1000);
}
