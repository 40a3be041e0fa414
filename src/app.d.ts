// SvelteKit's app-wide types. The site is static: no locals, platform or custom errors.
declare global {
	namespace App {}
}

export {};
