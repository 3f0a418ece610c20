import "server-only";
import { getRedirectTarget } from "@/db/queries/get-redirect-target";
import { absoluteUrl, getSiteIdentity } from "@/lib/seo/site-identity";

export function notFoundResponse(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

// An old address (renamed section, tag or author) answers 308 to the new one; anything else 404.
export function missingResponse(path: string): Response {
  const target = getRedirectTarget(path);
  if (!target) return notFoundResponse();
  return new Response(null, {
    status: 308,
    headers: { Location: absoluteUrl(getSiteIdentity(), target), "Cache-Control": "no-store" },
  });
}
