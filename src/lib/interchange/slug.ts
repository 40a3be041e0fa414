/** Ids and folder names from free text: "Rózsa Péter writes recursion" → "rozsa-peter-writes-recursion". */

const MAX_LENGTH = 48;

export function slugify(text: string, maxLength = MAX_LENGTH): string {
	const words = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let slug = '';
	for (const word of words) {
		const next = slug ? `${slug}-${word}` : word;
		if (next.length > maxLength) return slug || word.slice(0, maxLength);
		slug = next;
	}
	return slug;
}

/** Hands out ids that are unique among those already taken: "geneva", "geneva-2", … */
export function uniqueIds(taken: Iterable<string> = []) {
	const used = new Set(taken);
	return (wanted: string): string => {
		let id = wanted;
		for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
		used.add(id);
		return id;
	};
}
