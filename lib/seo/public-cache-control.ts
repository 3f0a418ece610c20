// What a CDN (and the browser) may do with a public page, feed or sitemap. Bounded so that a story
// taken down disappears from every shared cache within s-maxage + stale-while-revalidate
// (6 minutes) even if no purge ever arrives; browsers revalidate every time (ETag → 304).
// Next's own page cache is separate and refreshed by tags on publish. See docs/decisions/0006.
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=300, stale-while-revalidate=60";
