import { createHash } from "node:crypto";
import { surrogateKeysEnabled } from "@/server/next-internals/surrogate-keys.mjs";
import { isNotModified as isHttpNotModified } from "@/lib/http/is-not-modified";
import { PUBLIC_CACHE_CONTROL } from "@/lib/seo/public-cache-control";

// A machine-read document (sitemap, feed, robots.txt) ready to send: computed once per cache
// generation, so the ETag is not re-hashed on every request.
export type CachedDocument = { body: string; etag: string; lastModified: number | null };

export function toCachedDocument(body: string, lastModified: Date | null): CachedDocument {
  const hash = createHash("sha256").update(body).digest("base64url").slice(0, 32);
  return { body, etag: `"${hash}"`, lastModified: lastModified ? lastModified.getTime() : null };
}

export function isNotModified(request: Request, doc: CachedDocument): boolean {
  return isHttpNotModified(
    {
      ifNoneMatch: request.headers.get("if-none-match"),
      ifModifiedSince: request.headers.get("if-modified-since"),
    },
    doc,
  );
}

// `surrogateKeys` (the document's cache tags) are sent only when a purgeable cache reads them (an
// HTTP cache, docs/decisions/0008, or the server's page cache, 0010), so that publishing purges
// feeds and sitemaps there too.
export function conditionalResponse(
  request: Request,
  doc: CachedDocument,
  contentType: string,
  surrogateKeys: string[] = [],
): Response {
  const headers = new Headers({ "Cache-Control": PUBLIC_CACHE_CONTROL, ETag: doc.etag });
  if (surrogateKeys.length > 0 && surrogateKeysEnabled()) {
    headers.set("Surrogate-Key", surrogateKeys.join(" "));
  }
  if (doc.lastModified !== null) {
    headers.set("Last-Modified", new Date(doc.lastModified).toUTCString());
  }
  if (isNotModified(request, doc)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", contentType);
  return new Response(request.method === "HEAD" ? null : doc.body, { status: 200, headers });
}

export const XML_CONTENT_TYPE = "application/xml; charset=utf-8";
export const RSS_CONTENT_TYPE = "application/rss+xml; charset=utf-8";
export const TEXT_CONTENT_TYPE = "text/plain; charset=utf-8";
