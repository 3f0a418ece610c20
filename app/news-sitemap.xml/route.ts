import { cacheTags } from "@/lib/cache/cache-tags";
import { conditionalResponse, XML_CONTENT_TYPE } from "@/server/seo/conditional-response";
import { getNewsSitemapDocument } from "@/server/seo/sitemap-documents";
import { notFoundResponse } from "@/server/seo/missing-response";

// Answered per request (conditional requests, run-time SITE_URL); the document itself is cached
// (server/seo/cached-document.ts). Never prerendered: the build has no database.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const doc = await getNewsSitemapDocument();
  return doc
    ? conditionalResponse(request, doc, XML_CONTENT_TYPE, [cacheTags.sitemaps])
    : notFoundResponse();
}
