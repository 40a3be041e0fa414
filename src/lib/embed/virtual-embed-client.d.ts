/** The embed's script per language (clientBuild.ts). */
declare module 'virtual:embed-client' {
	export const embedScripts: Record<
		import('$lib/i18n/lang').Lang,
		{
			/** Site path: prefix SvelteKit's `assets`. */
			path: string;
			/** true in `vite dev` (client.ts as a module), false for the built classic script. */
			module: boolean;
		}
	>;
	/** child.js (theme before paint, height messages): site path, prefix SvelteKit's `assets`. */
	export const childScript: string;
	/** The timeline benchmark page's script (src/lib/bench/client.ts). */
	export const benchScript: { path: string; module: boolean };
}
