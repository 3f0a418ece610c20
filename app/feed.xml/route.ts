import { serveFeed } from "@/lib/seo/serve-feed";

// Answered per request (conditional requests, run-time SITE_URL); the document itself is cached
// (lib/seo/cached-document.ts). Never prerendered: the build has no database.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return serveFeed(request, { kind: "all" });
}
