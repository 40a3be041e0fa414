import { describe, expect, it } from 'vitest';
import { localizedPath, splitLangFromPath } from './paths';

describe('language in the path', () => {
	it.each([
		['nl', '/', '/'],
		['en', '/', '/en/'],
		['nl', '/geneva-2022/', '/geneva-2022/'],
		['en', '/geneva-2022/', '/en/geneva-2022/']
	] as const)('%s %s → %s and back', (lang, path, localized) => {
		expect(localizedPath(lang, path)).toBe(localized);
		expect(splitLangFromPath(localized)).toEqual({ lang, path });
	});

	it('reads an unknown prefix as part of a Dutch path', () => {
		expect(splitLangFromPath('/de/geneva-2022/')).toEqual({ lang: 'nl', path: '/de/geneva-2022/' });
	});
});
