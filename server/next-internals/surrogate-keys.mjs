// Cache tags as surrogate keys for a shared HTTP cache in front of Next (docs/decisions/0008).
//
// Next records the tags a render declared (through tagRender) in the cache entry's
// x-next-cache-tags header, and strips that header from responses outside Vercel. When an HTTP
// cache that can be purged is configured (HTTP_CACHE_PURGE_URL), every cached page and feed is
// served with the same tags in a Surrogate-Key header, so that publishing purges exactly the
// pages whose Next cache it refreshes. Without one (and without the server's page cache), the
// header is left out: it would only add bytes to every response a phone downloads.
import { NEXT_CACHE_TAGS_HEADER } from "./next-cache-tags-header.mjs";
import { NEXT_IMPLICIT_TAG_PREFIX } from "./next-implicit-tag-prefix.mjs";

export const SURROGATE_KEY_HEADER = "surrogate-key";

// Also when the server's own page cache is on (scripts/serve.ts sets the flag): it reads the
// keys and removes them unless an HTTP cache needs them.
export function surrogateKeysEnabled(env = process.env) {
  return Boolean(env.HTTP_CACHE_PURGE_URL) || env.GAZETI_PAGE_CACHE_ACTIVE === "1";
}

// "nav,pages,article:12" -> "nav pages article:12" (space-separated, as Varnish xkey and Fastly
// read them).
export function toSurrogateKeys(cacheTags) {
  return String(cacheTags)
    .split(",")
    .map((tag) => tag.trim())
    .filter((tag) => tag && !tag.startsWith(NEXT_IMPLICIT_TAG_PREFIX) && !/\s/.test(tag))
    .join(" ");
}

// Adds (or, with no HTTP cache configured, removes) the Surrogate-Key header of a page or route
// cache entry, in place.
export function withSurrogateKeys(value, env = process.env) {
  if (!value || (value.kind !== "APP_PAGE" && value.kind !== "APP_ROUTE")) return value;
  const headers = value.headers;
  if (!headers) return value;
  const keys = surrogateKeysEnabled(env)
    ? toSurrogateKeys(headers[NEXT_CACHE_TAGS_HEADER] ?? "")
    : "";
  if (keys) headers[SURROGATE_KEY_HEADER] = keys;
  else delete headers[SURROGATE_KEY_HEADER];
  return value;
}
