/**
 * How a mark is drawn in its own coordinates (relative to its dot, or its bar's start), so that
 * a zoom or pan step moves it with one `transform` and never re-lays out its text. A plain
 * function the plot calls once per mark and step: one derived value per mark, where a component
 * per mark had its props, five derived values and its own effects, on every step.
 */
import { ESTIMATED_CHAR_WIDTH, LINE_HEIGHT, type TimelineMark } from './layout';

export interface MarkShape {
	/** The bar's end. */
	dx: number;
	dy: number;
	/** Where the label starts. */
	labelX: number;
	labelY: number;
	/** The hit area: the dot or bar, and the label. */
	hit: { x: number; y: number; w: number; h: number };
	/** A vertical label that slid below its dot, joined to it by a leader line. */
	leader: boolean;
}

export function markShape(
	mark: TimelineMark,
	vertical: boolean,
	width: number,
	charWidth = ESTIMATED_CHAR_WIDTH
): MarkShape {
	const dx = mark.x2 - mark.x;
	const dy = mark.y2 - mark.y;
	const labelX = mark.labelX - mark.x;
	const labelY = mark.labelY - mark.y;
	// A label's second line (vertical) is hit with its first.
	const secondLine = mark.label2 === undefined ? 0 : LINE_HEIGHT;
	// A vertical mark's hit area runs to the plot's right edge. A label that slid below its dot
	// is hit on its own row only: the dot it hangs from is also the dot of the event whose label
	// is beside it, and that event's row must stay that event's to tap.
	const hit = vertical
		? mark.isSpan
			? {
					x: -10,
					y: Math.min(0, labelY) - 12,
					w: width - mark.x + 6,
					h: Math.max(dy, labelY + secondLine) - Math.min(0, labelY) + 24
				}
			: { x: -10, y: labelY - 12, w: width - mark.x + 6, h: 24 + secondLine }
		: { x: -11, y: -15, w: labelX + mark.label.length * charWidth + 16, h: 30 };
	return { dx, dy, labelX, labelY, hit, leader: vertical && labelY !== 0 };
}
