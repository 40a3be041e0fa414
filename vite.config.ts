import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { embedClient } from './src/lib/embed/clientBuild.ts';

// Three kinds of tests, one runner (see README):
// - server: pure TypeScript (loader, schema, layout) in Node, time zone pinned;
// - dates-elsewhere: the calendar tests again in a far time zone, to prove no date shifts;
// - client: Svelte components in jsdom;
// - e2e: the built site in Debian's headless Chromium (needs `npm run build` first).
export default defineConfig({
	plugins: [sveltekit(), embedClient()],
	test: {
		expect: { requireAssertions: true },
		reporters: ['default', './tests/summary-reporter.ts'],
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts'],
					env: { TZ: 'Europe/Amsterdam' }
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'dates-elsewhere',
					environment: 'node',
					include: [
						'src/lib/story/calendarDate.test.ts',
						'src/lib/i18n/formatDate.test.ts',
						'src/lib/authoring/suggest/dates.test.ts',
						'src/lib/authoring/suggest/suggest.test.ts'
					],
					env: { TZ: 'Pacific/Kiritimati' }
				}
			},
			{
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				test: {
					name: 'client',
					environment: 'jsdom',
					include: ['src/**/*.svelte.test.ts'],
					setupFiles: ['./tests/setup-client.ts'],
					env: { TZ: 'Europe/Amsterdam' }
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['./tests/e2e/global-setup.ts'],
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 60_000
				}
			}
		]
	}
});
