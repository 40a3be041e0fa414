import '@testing-library/jest-dom/vitest';

// jsdom has no layout, so no ResizeObserver; Svelte's bind:clientWidth needs one to exist.
// Components then keep their prerender width, which is what these tests measure against.
globalThis.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
};
