/** The element the bench page prerenders BenchTimeline into and its script hydrates. */
export const BENCH_ROOT_ID = 'bench-root';
