import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one plain closing line, "N passed, N failed, N skipped", which CI log readers
 * recognise (they do not read Vitest's own summary). A file that fails to load counts as
 * one failure, so a broken import can never pass as "0 failed".
 */
export default class SummaryReporter implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
		let passed = 0;
		let failed = unhandledErrors.length;
		let skipped = 0;
		for (const module of testModules) {
			let testsInModule = 0;
			for (const test of module.children.allTests()) {
				testsInModule++;
				const state = test.result().state;
				if (state === 'passed') passed++;
				else if (state === 'failed') failed++;
				else skipped++;
			}
			if (testsInModule === 0 || module.errors().length > 0) {
				if (module.state() === 'failed') failed++;
			}
		}
		console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
	}
}
