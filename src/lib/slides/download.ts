/**
 * Browser only: a picture (an SVG string) saved as a file, as SVG or as a PNG drawn at a multiple
 * of its size. Nothing leaves the browser: no server makes the picture, and the PNG is drawn from
 * a data: URL (the site's CSP allows images from data:, not blob:).
 */

/** Offers `blob` as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
	const href = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = href;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked later, not at once: the download may still be reading it.
	setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** The SVG's own size, from the width and height of its root element. */
export function svgSize(svg: string): { width: number; height: number } {
	const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
	const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1]);
	const size = { width: read('width'), height: read('height') };
	if (!(size.width > 0 && size.height > 0))
		throw new Error(`picture: expected an <svg> with a width and height (found: ${root.slice(0, 120)})`);
	return size;
}

/**
 * The SVG drawn on a canvas `scale` times its size, as a PNG. The SVG itself is resized (its
 * viewBox keeps the drawing), so the browser draws the vectors at full resolution rather than
 * enlarging pixels.
 */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
	const { width, height } = svgSize(svg);
	const [w, h] = [Math.round(width * scale), Math.round(height * scale)];
	const resized = svg.replace(/<svg\b[^>]*>/, (root) =>
		root.replace(/\swidth="[\d.]+"/, ` width="${w}"`).replace(/\sheight="[\d.]+"/, ` height="${h}"`)
	);
	const image = new Image(w, h);
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(resized)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = w;
	canvas.height = h;
	const context = canvas.getContext('2d');
	if (!context) throw new Error('picture: this browser gave no 2D canvas to draw the PNG on');
	context.drawImage(image, 0, 0, w, h);
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('picture: the PNG could not be made'))),
			'image/png'
		)
	);
}
