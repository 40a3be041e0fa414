import type { ParamMatcher } from '@sveltejs/kit';
import { isFrameVariant } from '$lib/map/frames';

/** A map frame: "wide" or "tall" (frames.ts). */
export const match: ParamMatcher = (param) => isFrameVariant(param);
