/**
 * A Vite plugin that builds the embed's own client (client.ts) as part of `npm run build`.
 *
 * The embed page is prerendered without SvelteKit's client (`csr = false`): an embed never
 * navigates, so it hydrates with Svelte's `hydrate()` alone. That script is built here, in its own
 * Vite build, as one classic script (IIFE) per language: in an opaque-origin sandbox (WordPress
 * embeds with `sandbox="allow-scripts"`) a classic script loads without CORS, where a module
 * would not. Two modules are put in lighter ones' place in these builds (LIGHTER, below), and
 * each language's script carries only its own date-fns locale.
 *
 * - During SvelteKit's server build, before anything else, it builds the scripts into
 *   .svelte-kit/embed-client/ (a temporary folder renamed into place).
 * - The page imports `virtual:embed-client` for its script's address.
 * - SvelteKit's client build then emits the files into _app/immutable/embed/ (fingerprinted
 *   names), from where they are copied into build/ with the rest.
 * - In `vite dev` the page loads client.ts as a module, served by the dev server (with the full
 *   page's gestures and both locales: heavier, the same behaviour).
 *
 * The timeline benchmark's page script (src/lib/bench/client.ts) is built here too, the same
 * way but with nothing substituted; it ships under the same folder.
 *
 * Runs in Node only (vite.config.ts): relative imports, no `$lib`.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Plugin } from 'vite';
import { LANGS, type Lang } from '../i18n/lang.ts';
import { prunedMessagesModule, reachableSources, wordsOf } from './messagesPruning.ts';

const ENTRY = 'src/lib/embed/client.ts';
/** The timeline benchmark's page script (not the embed's, but built the same way). */
const BENCH_ENTRY = 'src/lib/bench/client.ts';
/** The embed's first script, in <head>: theme before paint, and the height messages (child.js). */
const CHILD = 'src/lib/embed/child.js';
const MESSAGES = 'src/lib/i18n/messages.ts';
const OWN_MESSAGES = '\0embed-messages';
const OUT = '.svelte-kit/embed-client';
/** Under SvelteKit's appDir (`_app`, the default), so hosts cache it like the app's other files. */
const PUBLIC_DIR = '_app/immutable/embed';
const VIRTUAL = 'virtual:embed-client';
const RESOLVED = `\0${VIRTUAL}`;

/**
 * Modules the embed's script takes from src/lib/embed/gestures instead: the same interface in
 * plain Pointer Events, without d3-zoom and d3-brush (about 15 KiB gzipped with what they pull in).
 */
const LIGHTER: Record<string, string> = {
	'src/lib/timeline/zoomGestures.ts': 'src/lib/embed/gestures/zoomGestures.ts',
	'src/lib/timeline/overviewBrush.svelte.ts': 'src/lib/embed/gestures/overviewBrush.svelte.ts'
};
/** The date-fns locale module of each language (formatDate.ts imports both). */
const LOCALES: Record<Lang, { module: string; name: string }> = {
	nl: { module: 'date-fns/locale/nl', name: 'nl' },
	en: { module: 'date-fns/locale/en-GB', name: 'enGB' }
};
const ABSENT_LOCALE = '\0embed-absent-locale:';
/** date-fns' fallback locale (en-US) for calls that pass none; ours always pass one. */
const DATE_FNS_DEFAULT_LOCALE = /\/date-fns\/_lib\/defaultLocale\.js$/;
const OWN_DEFAULT_LOCALE = '\0embed-default-locale';
/**
 * Parts of a date-fns locale that only parsing and relative phrasing read (`parse`,
 * `formatDistance`, `formatRelative`). The embed only calls `format`, which reads `localize`,
 * `formatLong` and `options`; these parts would be about 1 KiB gzipped of dead weight.
 */
const UNUSED_LOCALE_PART = /\/date-fns\/locale\/[^/]+\/_lib\/(match|formatDistance|formatRelative)\.js$/;
const ABSENT_LOCALE_PART = '\0embed-absent-locale-part:';

/**
 * In `lang`'s script: takes LIGHTER's modules; gives every component `lang`'s messages only,
 * and of those the ones the embed's code can read (messagesPruning.ts);
 * stands in for the other languages' date-fns locales, and makes `lang`'s locale date-fns'
 * fallback instead of en-US (never used: every call passes its locale). So no other language's
 * strings or tables ship.
 */
export function embedSubstitutes(root: string, lang: Lang): Plugin {
	return {
		name: 'embed-substitutes',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			const absent = LANGS.find((other) => other !== lang && LOCALES[other].module === source);
			if (absent) return `${ABSENT_LOCALE}${absent}`;
			if (source === OWN_DEFAULT_LOCALE || source === OWN_MESSAGES) return source;
			const inOurs = importer?.includes('/src/lib/') && importer !== OWN_MESSAGES;
			const inDateFns = importer?.includes('/node_modules/date-fns/');
			if (!inOurs && !inDateFns) return null;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			if (!resolved) return null;
			if (inDateFns) {
				if (DATE_FNS_DEFAULT_LOCALE.test(resolved.id)) return OWN_DEFAULT_LOCALE;
				const unused = UNUSED_LOCALE_PART.exec(resolved.id);
				return unused ? `${ABSENT_LOCALE_PART}${unused[1]}` : null;
			}
			const file = relative(root, resolved.id);
			if (file === MESSAGES) return OWN_MESSAGES;
			return LIGHTER[file] ? resolve(root, LIGHTER[file]) : null;
		},
		load(id) {
			if (id === OWN_MESSAGES) {
				// Only the messages the embed's code can read (messagesPruning.ts), its lighter modules' included.
				const files = reachableSources(root, [ENTRY, ...Object.values(LIGHTER)]);
				const used = wordsOf(files.filter((file) => file !== resolve(root, MESSAGES)));
				const source = readFileSync(resolve(root, MESSAGES), 'utf8');
				return { code: prunedMessagesModule(source, lang, used), moduleType: 'ts' };
			}
			if (id === OWN_DEFAULT_LOCALE) {
				const { module, name } = LOCALES[lang];
				return `export { ${name} as defaultLocale } from ${JSON.stringify(module)};`;
			}
			if (id.startsWith(ABSENT_LOCALE_PART)) {
				const part = id.slice(ABSENT_LOCALE_PART.length);
				// Never read by `format`. Loud if a future call needs it.
				return `export const ${part} = new Proxy(() => {}, { get() { throw new Error(${JSON.stringify(
					`The embed script has no date-fns ${part}`
				)}); }, apply() { throw new Error(${JSON.stringify(`The embed script has no date-fns ${part}`)}); } });`;
			}
			if (!id.startsWith(ABSENT_LOCALE)) return null;
			const absent = id.slice(ABSENT_LOCALE.length) as Lang;
			// Never read: this script formats dates in `lang` only. Loud if that ever changes.
			return `export const ${LOCALES[absent].name} = new Proxy({}, { get() { throw new Error(${JSON.stringify(
				`The ${lang} embed script has no ${absent} date locale`
			)}); } });`;
		}
	};
}

/** A built script's file name in OUT: `prefix` is `child` or `embed-<lang>`. */
function builtScript(root: string, prefix: string): string {
	const dir = join(root, OUT);
	const name = existsSync(dir) ? readdirSync(dir).find((file) => file.startsWith(`${prefix}.`)) : undefined;
	if (!name) throw new Error(`The embed client was not built: no ${prefix}.*.js in ${dir}`);
	return name;
}
const PREFIXES = ['child', 'bench', ...LANGS.map((lang) => `embed-${lang}`)];

/**
 * One classic script (IIFE) from `input`, with Svelte components and `$lib`, into `outDir`.
 * The page's own CSS (SvelteKit's, from the same components) already styles the markup, so the
 * script's CSS is not used.
 */
function buildSvelteScript(
	root: string,
	outDir: string,
	input: string,
	name: string,
	plugins: Plugin[] = []
) {
	return build({
		configFile: false,
		root,
		logLevel: 'warn',
		publicDir: false,
		mode: 'production',
		resolve: { alias: { $lib: resolve(root, 'src/lib') } },
		plugins: [...plugins, svelte()],
		build: {
			outDir,
			emptyOutDir: false,
			copyPublicDir: false,
			cssCodeSplit: false,
			rolldownOptions: {
				input: resolve(root, input),
				output: {
					format: 'iife',
					codeSplitting: false,
					entryFileNames: `${name}.[hash].js`,
					assetFileNames: 'unused/[name][extname]'
				}
			}
		}
	});
}

async function buildEmbedClient(root: string): Promise<void> {
	const temp = join(root, `${OUT}.tmp`);
	rmSync(temp, { recursive: true, force: true });
	for (const lang of LANGS) {
		await buildSvelteScript(root, temp, ENTRY, `embed-${lang}`, [embedSubstitutes(root, lang)]);
	}
	// The bench page's script: the story page's own timeline modules, nothing substituted.
	await buildSvelteScript(root, temp, BENCH_ENTRY, 'bench');
	// child.js: hand-written and commented, shipped minified.
	await build({
		configFile: false,
		root,
		logLevel: 'warn',
		publicDir: false,
		mode: 'production',
		build: {
			outDir: temp,
			emptyOutDir: false,
			copyPublicDir: false,
			rolldownOptions: {
				input: resolve(root, CHILD),
				output: { format: 'iife', entryFileNames: 'child.[hash].js' }
			}
		}
	});
	rmSync(join(root, OUT), { recursive: true, force: true });
	renameSync(temp, join(root, OUT));
}

export function embedClient(): Plugin {
	let root = process.cwd();
	let command: 'build' | 'serve' = 'serve';
	let ssr = false;
	return {
		name: 'embed-client',
		configResolved(config) {
			root = config.root;
			command = config.command;
			ssr = Boolean(config.build.ssr);
		},
		async buildStart() {
			// SvelteKit runs the server build first; the client build and prerendering follow.
			if (command === 'build' && ssr) await buildEmbedClient(root);
		},
		resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
		load(id) {
			if (id !== RESOLVED) return;
			const scripts = Object.fromEntries(
				LANGS.map((lang) => [
					lang,
					command === 'serve'
						? { path: `/${ENTRY}`, module: true }
						: { path: `/${PUBLIC_DIR}/${builtScript(root, `embed-${lang}`)}`, module: false }
				])
			);
			const child = command === 'serve' ? `/${CHILD}` : `/${PUBLIC_DIR}/${builtScript(root, 'child')}`;
			const bench =
				command === 'serve'
					? { path: `/${BENCH_ENTRY}`, module: true }
					: { path: `/${PUBLIC_DIR}/${builtScript(root, 'bench')}`, module: false };
			return [
				`export const embedScripts = ${JSON.stringify(scripts)};`,
				`export const childScript = ${JSON.stringify(child)};`,
				`export const benchScript = ${JSON.stringify(bench)};`
			].join('\n');
		},
		generateBundle() {
			if (command !== 'build' || ssr) return;
			for (const prefix of PREFIXES) {
				const name = builtScript(root, prefix);
				this.emitFile({
					type: 'asset',
					fileName: `${PUBLIC_DIR}/${name}`,
					source: readFileSync(join(root, OUT, name))
				});
			}
		}
	};
}
