import { describe, expect, it } from 'vitest';
import { liveProps } from './liveProps';

describe('liveProps', () => {
	const page = () => {
		let props = { lang: 'nl', prerenderWidth: 960 };
		return { current: () => props, change: (next: typeof props) => (props = next) };
	};

	it('reads the page’s props as they are now', () => {
		const { current, change } = page();
		const live = liveProps(current);
		change({ lang: 'en', prerenderWidth: 960 });
		expect({ ...live }).toEqual({ lang: 'en', prerenderWidth: 960 });
	});

	it('keeps a variant’s own props, even where the page has the same name', () => {
		const { current, change } = page();
		const live = liveProps(current, { prerenderWidth: 360 });
		expect({ ...live }).toEqual({ lang: 'nl', prerenderWidth: 360 });
		change({ lang: 'en', prerenderWidth: 1200 });
		expect({ ...live }).toEqual({ lang: 'en', prerenderWidth: 360 });
	});
});
