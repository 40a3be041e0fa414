import { describe, expect, it, vi } from 'vitest';

// A fresh module per test: the count is the page's, shared by its islands.
async function freshReadiness() {
	vi.resetModules();
	return import('./readiness');
}

describe('whenIslandsReady', () => {
	it('calls back at once on a page without islands', async () => {
		const { whenIslandsReady } = await freshReadiness();
		const callback = vi.fn();
		whenIslandsReady(callback);
		expect(callback).toHaveBeenCalledOnce();
	});

	it('waits for every island that has started, then calls back once', async () => {
		const { islandReady, islandStarted, whenIslandsReady } = await freshReadiness();
		const callback = vi.fn();
		islandStarted();
		islandStarted();
		whenIslandsReady(callback);
		islandReady();
		expect(callback).not.toHaveBeenCalled();
		islandReady();
		expect(callback).toHaveBeenCalledOnce();
		islandReady();
		expect(callback).toHaveBeenCalledOnce();
	});

	it('does not count below zero: an island destroyed twice does not hide a later one', async () => {
		const { islandReady, islandStarted, whenIslandsReady } = await freshReadiness();
		islandReady();
		islandStarted();
		const callback = vi.fn();
		whenIslandsReady(callback);
		expect(callback).not.toHaveBeenCalled();
		islandReady();
		expect(callback).toHaveBeenCalledOnce();
	});
});
