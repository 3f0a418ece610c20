// The prefix of the tags Next adds to every cache entry by itself, one per path and layout
// (`_N_T_/layout`, `_N_T_/news/some-story`: Next's NEXT_CACHE_IMPLICIT_TAG_ID). Ours are the
// names in lib/cache/cache-tags.ts; these are left out of surrogate keys. Plain JavaScript, for
// the ISR cache handler.
export const NEXT_IMPLICIT_TAG_PREFIX = "_N_T_";
