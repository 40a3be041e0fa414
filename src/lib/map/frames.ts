/**
 * The map's two frames, both prerendered: a wide one, and a taller one for narrow containers
 * (phones, and the map's column beside the card on wide screens). EventMap.svelte picks one with a
 * container query, so the choice needs no JavaScript.
 */
export const FRAME_VARIANTS = ['wide', 'tall'] as const;
export type FrameVariant = (typeof FRAME_VARIANTS)[number];

/** Viewbox sizes. The tall frame is a phone's CSS width, so labels keep about their size there. */
export const MAP_FRAMES: Record<FrameVariant, { width: number; height: number }> = {
	wide: { width: 600, height: 520 },
	tall: { width: 320, height: 440 }
};

/** Below this map width in CSS px the tall frame is shown (EventMap.svelte's container query). */
export const TALL_BELOW = 600;

export const isFrameVariant = (value: string): value is FrameVariant =>
	(FRAME_VARIANTS as readonly string[]).includes(value);

/** The frame `variant` drawn `width` px wide: the same shape, scaled. */
export function frameAtWidth(variant: FrameVariant, width: number): { width: number; height: number } {
	const frame = MAP_FRAMES[variant];
	return { width, height: Math.round((frame.height / frame.width) * width) };
}
