// A static shell: the bench script writes the story into it, or it is generated from ?n= and ?seed=.
export const prerender = true;
