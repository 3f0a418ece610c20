// The response header in which Next says how its own page cache answered: HIT, MISS,
// REVALIDATED, or STALE (the previous copy, sent while a new one renders in the background).
// Next sets it as a bare string in its route templates (no exported constant); the canaries in
// next-internals.test.ts and e2e/next-internals.spec.ts hold it to what Next sends.
// deploy/varnish/gazeti.vcl spells it too (a unit test keeps it in step).
export const NEXT_CACHE_HEADER = { name: "x-nextjs-cache", hit: "HIT", stale: "STALE" } as const;
