/**
 * The social card as PNG, rasterised at build time by resvg (Rust, no browser needed) with a
 * fixed font, so every build draws the same picture. Build time only.
 */
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

/** Debian's fonts-dejavu-core; .ci/run installs it on a machine that lacks it. */
export const CARD_FONTS = [
	'/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
	'/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
];

export function svgToPng(svg: string): Uint8Array {
	const missing = CARD_FONTS.filter((file) => !existsSync(file));
	if (missing.length > 0)
		throw new Error(
			`social card: expected the font files ${missing.join(', ')} (found: none; on Debian, apt-get install fonts-dejavu-core)`
		);
	const resvg = new Resvg(svg, {
		font: { fontFiles: CARD_FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }
	});
	return resvg.render().asPng();
}
