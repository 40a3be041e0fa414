/**
 * Path strings small enough to ship in the page: thinned and written with relative commands.
 */
import {
	geoPath,
	type GeoContext,
	type GeoPermissibleObjects,
	type GeoStream,
	type GeoStreamWrapper
} from 'd3-geo';

/** Returns a function that renders a GeoJSON object to a compact SVG path `d` ('' if nothing shows). */
export function compactPath(
	projection: GeoStreamWrapper,
	{ tolerance = 1, minRing = 1.5 } = {}
): (object: GeoPermissibleObjects) => string {
	const context = new RelativePath();
	const path = geoPath({ stream: (s) => projection.stream(thinStream(s, tolerance, minRing)) }, context);
	return (object) => {
		path(object);
		return context.result();
	};
}

/**
 * A filter on projected points: the 50m atlas has many vertices closer together than a screen
 * pixel. Drops a vertex closer than `tolerance` to the last one kept (always keeping a line's
 * ends) and rings whose extent is under `minRing` both ways (specks of islands). Neighbours'
 * shared borders may then differ by less than `tolerance`; the boundary stroke covers that.
 */
export function thinStream(output: GeoStream, tolerance: number, minRing: number): GeoStream {
	let inPolygon = false;
	let line: [number, number][] = [];
	let skipped: [number, number] | null = null;
	const tol2 = tolerance * tolerance;

	return {
		point(x, y) {
			const last = line[line.length - 1];
			if (last && (x - last[0]) ** 2 + (y - last[1]) ** 2 < tol2) skipped = [x, y];
			else {
				line.push([x, y]);
				skipped = null;
			}
		},
		lineStart() {
			line = [];
			skipped = null;
		},
		lineEnd() {
			if (inPolygon) {
				const xs = line.map((p) => p[0]);
				const ys = line.map((p) => p[1]);
				const small =
					Math.max(...xs) - Math.min(...xs) < minRing && Math.max(...ys) - Math.min(...ys) < minRing;
				if (line.length < 3 || small) return;
			} else if (skipped) line.push(skipped);
			output.lineStart();
			for (const [x, y] of line) output.point(x, y);
			output.lineEnd();
		},
		polygonStart() {
			inPolygon = true;
			output.polygonStart();
		},
		polygonEnd() {
			inPolygon = false;
			output.polygonEnd();
		},
		sphere() {
			output.sphere?.();
		}
	};
}

/**
 * A canvas-like context for geoPath that writes `m`/`l` with offsets in tenths of a unit. Offsets
 * are taken between rounded positions, so rounding never accumulates.
 */
class RelativePath implements GeoContext {
	#d = '';
	#x = 0;
	#y = 0;
	#startX = 0;
	#startY = 0;
	#inLine = false;

	beginPath() {
		// Each call of the path function starts a new string in result(); nothing to do here.
	}

	moveTo(x: number, y: number) {
		const [tx, ty] = [Math.round(x * 10), Math.round(y * 10)];
		this.#d += 'm' + pair(tx - this.#x, ty - this.#y);
		[this.#x, this.#y, this.#startX, this.#startY] = [tx, ty, tx, ty];
		this.#inLine = false;
	}

	lineTo(x: number, y: number) {
		const [tx, ty] = [Math.round(x * 10), Math.round(y * 10)];
		if (tx === this.#x && ty === this.#y) return;
		const offsets = pair(tx - this.#x, ty - this.#y);
		// Repeated l commands may omit the letter; a minus sign separates numbers by itself.
		this.#d += this.#inLine ? (offsets.startsWith('-') ? '' : ' ') + offsets : 'l' + offsets;
		[this.#x, this.#y] = [tx, ty];
		this.#inLine = true;
	}

	closePath() {
		this.#d += 'z';
		[this.#x, this.#y] = [this.#startX, this.#startY];
		this.#inLine = false;
	}

	arc() {
		// Only point geometries draw arcs; the map passes lines and polygons.
	}

	result(): string {
		// The first move is from the origin, so it is absolute as written.
		const d = this.#d;
		[this.#d, this.#x, this.#y, this.#inLine] = ['', 0, 0, false];
		return d;
	}
}

function pair(dx: number, dy: number): string {
	const y = tenths(dy);
	return tenths(dx) + (y.startsWith('-') ? '' : ',') + y;
}

/** 5 → ".5", -12 → "-1.2", 30 → "3". */
function tenths(n: number): string {
	const s = (n / 10).toString();
	return s.replace(/^(-?)0\./, '$1.');
}
