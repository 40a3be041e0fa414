// A static shell: the bench script serves the story for it, or it is generated from ?n= and ?seed=.
export const prerender = true;
// No SvelteKit client: the page's own script hydrates the timeline (src/lib/bench/client.ts).
export const csr = false;
