import type { IncomingMessage } from "node:http";
import { isNotModified } from "@/lib/http/is-not-modified";
import type { CachedPage } from "./page-cache";

// Whether the client already holds this version of the stored page (If-None-Match against its
// ETag, or If-Modified-Since against its Last-Modified): answered 304.
export function isPageNotModified(request: IncomingMessage, page: CachedPage): boolean {
  const { etag, "last-modified": lastModified } = page.headers;
  return isNotModified(
    {
      ifNoneMatch: request.headers["if-none-match"],
      ifModifiedSince: request.headers["if-modified-since"],
    },
    {
      etag: typeof etag === "string" ? etag : null,
      lastModified: typeof lastModified === "string" ? Date.parse(lastModified) : null,
    },
  );
}
