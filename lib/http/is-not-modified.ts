// HTTP dates have whole seconds; a stored time with milliseconds would never look "not modified".
function toHttpSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}

function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === bare);
}

// 304 when the client already holds this version: If-None-Match against the ETag (weak
// comparison), or, only when the request has no If-None-Match (RFC 9110 §13.2.2, as Googlebot
// sends both), If-Modified-Since against the last change. Shared by the feed and sitemap routes
// (server/seo/conditional-response.ts) and the page cache (server/page-cache).
export function isNotModified(
  conditions: { ifNoneMatch?: string | null; ifModifiedSince?: string | null },
  validators: { etag?: string | null; lastModified?: number | null },
): boolean {
  if (conditions.ifNoneMatch) {
    return Boolean(validators.etag) && etagMatches(conditions.ifNoneMatch, validators.etag!);
  }
  if (!conditions.ifModifiedSince || validators.lastModified == null) return false;
  const since = Date.parse(conditions.ifModifiedSince);
  return Number.isFinite(since) && toHttpSeconds(validators.lastModified) <= toHttpSeconds(since);
}
