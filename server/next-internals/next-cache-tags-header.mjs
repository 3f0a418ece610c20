// The header in which Next records, in a page or route cache entry, the cache tags its render
// declared (Next's NEXT_CACHE_TAGS_HEADER, not exported publicly). Next strips it from responses
// outside Vercel; surrogate-keys.mjs reads it from the entry. Plain JavaScript: the ISR cache
// handler that uses it is loaded by Next at run time, without our TypeScript.
export const NEXT_CACHE_TAGS_HEADER = "x-next-cache-tags";
