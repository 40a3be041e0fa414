/**
 * The embed ships one language's messages, and of those only the ones its code can read. The
 * dictionary (messages.ts) holds every string of the site (classroom, handout, embed dialog,
 * downloads…), and one object cannot be tree-shaken: two thirds of it used to ship unread.
 * Before the embed's build, the files its entry reaches through their imports are listed, and a
 * message is kept when its key occurs in any of them as a word. Conservative: a key that occurs
 * anywhere (even in a comment) is kept, so no string the embed reads can go missing.
 *
 * Runs in Node only (clientBuild.ts): relative imports, no `$lib`.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const IMPORT = /\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s+['"]([^'"]+)['"]/g;
/** How an import names a file: as it is, or without its extension, or a folder's index. */
const CANDIDATES = ['', '.ts', '.js', '.svelte', '/index.ts', '/index.js'];
const KEY = /^\t([A-Za-z_$][\w$]*):/m;

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

/** Every file of the project that `entries` reach through their imports (relative or `$lib/`), themselves included. */
export function reachableSources(root: string, entries: readonly string[]): string[] {
	const seen = new Set<string>();
	const queue = entries.map((entry) => resolve(root, entry));
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
			const spec = match[1] ?? match[2] ?? match[3];
			const base = spec.startsWith('$lib/')
				? resolve(root, 'src/lib', spec.slice('$lib/'.length))
				: spec.startsWith('.')
					? resolve(dirname(file), spec)
					: null;
			const found = base && CANDIDATES.map((ending) => base + ending).find(isFile);
			if (found) queue.push(found);
		}
	}
	return [...seen];
}

/** The words of `files`: what a message key must be among to be kept. */
export function wordsOf(files: readonly string[]): Set<string> {
	const words = new Set<string>();
	for (const file of files)
		for (const word of readFileSync(file, 'utf8').match(/[A-Za-z_$][\w$]*/g) ?? []) words.add(word);
	return words;
}

/**
 * The entries of the dictionary `name` in messages.ts's source (as formatted: one tab before
 * each key, `};` closing), each its key and its text, comments before it included.
 */
export function dictionaryEntries(source: string, name: string): { key: string; text: string }[] {
	const start = source.search(new RegExp(`^export const ${name}\\b[^=\\n]*= \\{$`, 'm'));
	if (start === -1) throw new Error(`messages.ts: no line "export const ${name} = {"`);
	const open = source.indexOf('\n', start) + 1;
	const close = source.indexOf('\n};', open);
	return source
		.slice(open, close)
		.split(/\n(?=\t[A-Za-z_$][\w$]*:)/)
		.map((text) => {
			const key = KEY.exec(text)?.[1];
			if (!key) throw new Error(`messages.ts: an entry of ${name} without a key: ${text.slice(0, 60)}`);
			return { key, text: text.replace(/,?\s*$/, ',') };
		});
}

/**
 * A module in place of messages.ts for `lang`'s embed: `messages()` gives the messages whose
 * keys are among `used`. TypeScript (its entries keep their type annotations).
 */
export function prunedMessagesModule(source: string, lang: string, used: ReadonlySet<string>): string {
	const kept = dictionaryEntries(source, lang).filter(({ key }) => used.has(key));
	return `const dictionary = {\n${kept.map(({ text }) => text).join('\n')}\n};\nexport const messages = () => dictionary;\n`;
}
