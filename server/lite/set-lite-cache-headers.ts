import type { ServerResponse } from "node:http";
import { PUBLIC_CACHE_CONTROL } from "@/lib/seo/public-cache-control";
import {
  SURROGATE_KEY_HEADER,
  surrogateKeysEnabled,
} from "@/server/next-internals/surrogate-keys.mjs";

// Next caches no Pages Router page rendered per request, so a lite page is kept by the caches in
// front: the server's page cache (docs/decisions/0010) and Varnish (0008) keep answers that carry
// s-maxage and cache tags, and drop them by those tags when a story is published, exactly as they
// do the full page's. The tags go out as the Surrogate-Key header the ISR cache handler writes for
// App Router pages.
export function setLiteCacheHeaders(response: ServerResponse, cacheTags: string[]): void {
  response.setHeader("Cache-Control", PUBLIC_CACHE_CONTROL);
  if (surrogateKeysEnabled() && cacheTags.length > 0) {
    response.setHeader(SURROGATE_KEY_HEADER, cacheTags.join(" "));
  }
}
