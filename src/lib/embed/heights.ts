/**
 * The height an embed snippet gives its iframe before the embed's own script reports the real
 * one, per view: measured from the prerendered embed at a 640 px column (a typical article
 * width), so a host page reserves the right space and nothing jumps when the script runs.
 * The end-to-end tests measure the embed again and fail when these drift.
 */
import type { View } from './options';

export const INITIAL_EMBED_HEIGHT: Record<View, number> = {
	timeline: 803,
	map: 1051,
	both: 1442
};
