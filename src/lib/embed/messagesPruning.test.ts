import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en, nl } from '$lib/i18n/messages';
import { dictionaryEntries, prunedMessagesModule, reachableSources, wordsOf } from './messagesPruning';

const root = resolve(import.meta.dirname, '../../..');
const source = readFileSync(resolve(root, 'src/lib/i18n/messages.ts'), 'utf8');

/** The pruned module as the embed's build would run it. */
async function load(code: string): Promise<Record<string, unknown>> {
	const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.ESNext } }).outputText;
	const module = await import(`data:text/javascript,${encodeURIComponent(js)}`);
	return module.messages();
}

describe('dictionaryEntries', () => {
	it.each([
		['nl', nl],
		['en', en]
	])('reads every entry of %s, in order', (lang, dictionary) => {
		expect(dictionaryEntries(source, lang).map((entry) => entry.key)).toEqual(Object.keys(dictionary));
	});

	it('says which dictionary it could not find', () => {
		expect(() => dictionaryEntries(source, 'de')).toThrow('no line "export const de = {"');
	});
});

describe('prunedMessagesModule', () => {
	it('keeps exactly the messages asked for, as they are, functions included', async () => {
		const used = new Set(['timelineHeading', 'eventCount', 'languageName', 'notAKey']);
		const pruned = await load(prunedMessagesModule(source, 'en', used));
		expect(Object.keys(pruned)).toEqual(['eventCount', 'languageName', 'timelineHeading']);
		expect(pruned.timelineHeading).toBe(en.timelineHeading);
		expect((pruned.eventCount as typeof en.eventCount)(3)).toBe(en.eventCount(3));
		expect(pruned.languageName).toEqual(en.languageName);
	});
});

describe('the embed’s messages', () => {
	const files = reachableSources(root, [
		'src/lib/embed/client.ts',
		'src/lib/embed/gestures/zoomGestures.ts',
		'src/lib/embed/gestures/overviewBrush.svelte.ts'
	]);
	const relativeFiles = files.map((file) => file.slice(root.length + 1));

	it('come from the files the embed’s script reaches, and no others', () => {
		expect(relativeFiles).toEqual(
			expect.arrayContaining([
				'src/lib/embed/EmbedView.svelte',
				'src/lib/timeline/Timeline.svelte',
				'src/lib/timeline/TimelinePlot.svelte',
				'src/lib/map/PlaceMarker.svelte',
				'src/lib/embed/gestures/zoomGestures.ts'
			])
		);
		expect(relativeFiles.filter((file) => /\/(handout|present|slides|authoring)\//.test(file))).toEqual([]);
	});

	it('keep every message its components read, and leave out the classroom’s and the handout’s', async () => {
		const words = wordsOf(files.filter((file) => !file.endsWith('i18n/messages.ts')));
		const pruned = await load(prunedMessagesModule(source, 'nl', words));
		const read = new Set(
			files.flatMap((file) =>
				[...readFileSync(file, 'utf8').matchAll(/\bt\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1])
			)
		);
		expect(read.size).toBeGreaterThan(10);
		for (const key of read) expect(pruned, key).toHaveProperty(key);
		expect(pruned).not.toHaveProperty('presentNotesHeading');
		expect(pruned).not.toHaveProperty('handoutTitle');
	});
});
