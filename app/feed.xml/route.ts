import { serveFeed } from "@/server/seo/serve-feed";

// Answered per request (conditional requests, run-time SITE_URL); the document itself is cached
// (server/seo/cached-document.ts). Never prerendered: the build has no database.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return serveFeed(request, { kind: "all" });
}
