/** A pointer's position in an SVG element's own units (what its viewBox and layout speak). */
export function svgPoint(
	element: SVGGraphicsElement,
	clientX: number,
	clientY: number
): { x: number; y: number } {
	const matrix = element.getScreenCTM();
	if (!matrix) return { x: clientX, y: clientY };
	const { x, y } = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
	return { x, y };
}

/** The number of pixels a press may move and still count as a click. */
export const CLICK_SLOP = 3;
