/**
 * Render keys for the plot's marks that recycle elements. Zooming through dense data changes
 * which events win a lane nearly every frame; keyed by event id, each frame destroyed and built
 * a dozen or more marks (cloning, effects, first-time attributes: the largest cost of a frame).
 * Keyed by slot, a mark that stays keeps its element, and one that arrives takes over the
 * element of one that left, changing only its attributes and text.
 *
 * Held events (the tab stop, the selected one) never hand their element to another event, so
 * focus never silently lands on a different event than the one it was on.
 */
export class MarkSlots {
	#slotOf = new Map<string, number>();
	#held = new Set<string>();
	#next = 0;

	/** This frame's keys, one per id, in the order given. Calling again with the same ids gives the same keys. */
	assign(ids: readonly string[], held: Iterable<string | null>): number[] {
		const previous = this.#slotOf;
		const heldNow = new Set<string>();
		for (const id of held) if (id !== null) heldNow.add(id);
		const present = new Set(ids);
		const free: number[] = [];
		for (const [id, slot] of previous) {
			// Held now or last frame: its element may have focus.
			if (!present.has(id) && !heldNow.has(id) && !this.#held.has(id)) free.push(slot);
		}
		free.reverse();
		const next = new Map<string, number>();
		const keys = ids.map((id) => {
			const slot = previous.get(id) ?? (heldNow.has(id) ? undefined : free.pop()) ?? this.#next++;
			next.set(id, slot);
			return slot;
		});
		this.#slotOf = next;
		this.#held = heldNow;
		return keys;
	}
}
