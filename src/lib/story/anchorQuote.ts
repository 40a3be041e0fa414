/**
 * Finds a source quote in its paragraph: the provenance guarantee. Every quote must occur
 * exactly where the data says, or the build fails with a message that shows what is there.
 */

export type QuoteAnchor =
	| { ok: true; start: number; end: number }
	| { ok: false; reason: 'not-found'; nearest: string }
	| { ok: false; reason: 'ambiguous'; count: number }
	| { ok: false; reason: 'occurrence-out-of-range'; count: number };

/**
 * Locates `quote` in `text`. When the quote occurs more than once, `occurrence` (1-based)
 * says which one is meant; without it the quote is ambiguous.
 */
export function anchorQuote(text: string, quote: string, occurrence?: number): QuoteAnchor {
	const starts = allOccurrences(text, quote);
	if (starts.length === 0) return { ok: false, reason: 'not-found', nearest: nearestText(text, quote) };
	if (occurrence !== undefined) {
		const start = starts[occurrence - 1];
		if (start === undefined) return { ok: false, reason: 'occurrence-out-of-range', count: starts.length };
		return { ok: true, start, end: start + quote.length };
	}
	if (starts.length > 1) return { ok: false, reason: 'ambiguous', count: starts.length };
	return { ok: true, start: starts[0], end: starts[0] + quote.length };
}

function allOccurrences(text: string, quote: string): number[] {
	const starts: number[] = [];
	if (quote.length === 0) return starts;
	for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
	return starts;
}

/**
 * The stretch of `text` closest to `quote` by edit distance (approximate substring matching,
 * Sellers 1980): what the author probably meant, to show in the error message. O(n·m) on
 * paragraph and quote length, which is small at build time.
 */
export function nearestText(text: string, quote: string): string {
	const n = text.length;
	const m = quote.length;
	if (n === 0 || m === 0) return text.slice(0, 80);
	// cost[j] = edit distance of quote[0..i) against the best substring of text ending at j;
	// startOf[j] remembers where that substring began.
	let cost = new Array<number>(n + 1).fill(0);
	let startOf = Array.from({ length: n + 1 }, (_, j) => j);
	for (let i = 1; i <= m; i++) {
		const nextCost = new Array<number>(n + 1);
		const nextStart = new Array<number>(n + 1);
		nextCost[0] = i;
		nextStart[0] = 0;
		for (let j = 1; j <= n; j++) {
			const substitute = cost[j - 1] + (quote[i - 1] === text[j - 1] ? 0 : 1);
			const skipQuoteChar = cost[j] + 1;
			const skipTextChar = nextCost[j - 1] + 1;
			const best = Math.min(substitute, skipQuoteChar, skipTextChar);
			nextCost[j] = best;
			nextStart[j] =
				best === substitute ? startOf[j - 1] : best === skipQuoteChar ? startOf[j] : nextStart[j - 1];
		}
		cost = nextCost;
		startOf = nextStart;
	}
	let bestEnd = 1;
	for (let j = 1; j <= n; j++) if (cost[j] < cost[bestEnd]) bestEnd = j;
	return text.slice(startOf[bestEnd], bestEnd);
}
