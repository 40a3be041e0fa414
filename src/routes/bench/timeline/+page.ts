// A static shell: the bench script serves the story for it, or it is generated from ?n= and ?seed=.
export const prerender = true;
