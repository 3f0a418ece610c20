// The response header that says how the page cache answered: HIT (from memory), MISS (fetched
// from Next and stored) or PASS (fetched from Next, not stored). Absent when the request was left
// to Next untouched (the newsroom, the API, client-side navigation).
export const PAGE_CACHE_HEADER = "x-gazeti-page-cache";
