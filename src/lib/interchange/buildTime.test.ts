import { describe, expect, it } from 'vitest';
import { buildTime } from './buildTime';

const NOW = new Date('2026-11-30T05:00:00Z');
const now = () => NOW;

describe('buildTime', () => {
	it.each([
		['unset', {}, NOW],
		['empty', { SOURCE_DATE_EPOCH: '' }, NOW],
		['whole seconds', { SOURCE_DATE_EPOCH: '1764460800' }, new Date('2025-11-30T00:00:00Z')],
		['with spaces around', { SOURCE_DATE_EPOCH: ' 0 ' }, new Date(0)]
	])('%s', (_, env, expected) => {
		expect(buildTime(env, now)).toEqual(expected);
	});

	it.each(['yesterday', '-1', '1.5', '1e9', '2025-11-30'])('refuses %j, naming the variable', (value) => {
		expect(() => buildTime({ SOURCE_DATE_EPOCH: value }, now)).toThrow(
			`SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 UTC, e.g. 1764460800 (found: "${value}")`
		);
	});
});
