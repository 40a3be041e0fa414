// A static shell: the bench story is generated in the browser from ?n= and ?seed=.
export const prerender = true;
