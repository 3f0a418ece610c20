import type { IncomingHttpHeaders } from "node:http";
import { EDITION_COOKIE, editionInCookieHeader, liteRedirectFor } from "@/lib/lite/edition-choice";
import { firstSegmentsWhere } from "@/lib/slugs/first-segments";
import { NEXT_RSC_REQUEST } from "@/server/next-internals/next-rsc-request";

// Parameters that say where a reader came from, not what they asked for: a link shared on
// WhatsApp or Facebook must not make its own copy of the page. deploy/varnish/gazeti.vcl strips
// the same list (a unit test keeps the two in step).
export const TRACKING_PARAMETERS = [
  "fbclid",
  "gclid",
  "gclsrc",
  "gbraid",
  "wbraid",
  "dclid",
  "msclkid",
  "yclid",
  "twclid",
  "ttclid",
  "igshid",
  "li_fat_id",
  "mc_cid",
  "mc_eid",
  "_ga",
  "_gl",
  "_hsenc",
  "_hsmi",
  "mkt_tok",
  "oly_anon_id",
  "oly_enc_id",
  "vero_id",
  "wickedid",
  "rb_clickid",
  "s_cid",
] as const;

const TRACKING = new Set<string>(TRACKING_PARAMETERS);

// The newsroom, the API, search results and media files (already compressed images) are never
// kept: they are private, per query, or served as files. Of Next's own addresses only its
// content-hashed static assets are (compressed once, at the best ratio: server/page-cache).
// Which segments are which: lib/slugs/first-segments.ts.
const UNCACHED = firstSegmentsWhere(({ caching }) => caching !== undefined && caching !== "next");
const NEXT_OWN = firstSegmentsWhere(({ caching }) => caching === "next");
const NEVER_CACHED = new RegExp(
  `^/(?:${UNCACHED.join("|")})(?:/|$)|^/(?:${NEXT_OWN.join("|")})/(?!static/)`,
);

// Next's client-side navigation: those answers are RSC payloads, not pages.
const NAVIGATION_HEADERS = Object.values(NEXT_RSC_REQUEST.headers);
const NAVIGATION_QUERY = NEXT_RSC_REQUEST.query;

export type PageRequest = { method?: string; url?: string; headers: IncomingHttpHeaders };

// The cache key of a request that a cached public page may answer, or null when it must reach
// Next. The key is the path and query, with tracking parameters removed.
export function pageCacheKey(request: PageRequest): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const url = request.url ?? "/";
  if (!url.startsWith("/") || url.startsWith("//")) return null;
  if (request.headers.range || request.headers.authorization) return null;
  if (NAVIGATION_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  const queryStart = url.indexOf("?");
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  if (NEVER_CACHED.test(path)) return null;
  if (wantsLiteTwin(path, request.headers)) return null;
  if (queryStart === -1) return path;
  const kept: string[] = [];
  for (const pair of url.slice(queryStart + 1).split("&")) {
    if (pair === "") continue;
    const name = (pair.split("=", 1)[0] ?? "").toLowerCase();
    if (name === NAVIGATION_QUERY) return null;
    if (name.startsWith("utm_") || TRACKING.has(name)) continue;
    kept.push(pair);
  }
  return kept.length === 0 ? path : `${path}?${kept.join("&")}`;
}

// A reader whose browser saves data, or who chose the lite edition, is redirected to the lite
// twin by proxy.ts; a stored full page would answer before it (docs/decisions/0012-lite-edition.md).
function wantsLiteTwin(path: string, headers: IncomingHttpHeaders): boolean {
  const saveData = headers["save-data"];
  const cookie = headers.cookie;
  if (saveData === undefined && !cookie?.includes(`${EDITION_COOKIE}=`)) return false;
  const saveDataValue = Array.isArray(saveData) ? saveData[0] : saveData;
  return liteRedirectFor(path, saveDataValue, editionInCookieHeader(cookie)) !== null;
}
