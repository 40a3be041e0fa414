import { exportHandler } from '$lib/interchange/exportRoute';
import { storyEntries } from '$lib/story/storyRoute';
import type { EntryGenerator, RequestHandler } from './$types';

/** The story as a download, one file per story and language, written at build time. */
export const prerender = true;
export const entries: EntryGenerator = storyEntries;
export const GET: RequestHandler = exportHandler('csv');
