/** The social card's size, the one social networks ask for (1.91:1). Its own module so pages can
 * name it in their meta tags without bundling the card's drawing code. */
export const CARD = { width: 1200, height: 630 } as const;
