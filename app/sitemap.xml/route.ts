import { cacheTags } from "@/db/cache-tags";
import { conditionalResponse, XML_CONTENT_TYPE } from "@/lib/seo/conditional-response";
import { getSitemapIndexDocument } from "@/lib/seo/sitemap-documents";
import { notFoundResponse } from "@/lib/seo/missing-response";

// Answered per request (conditional requests, run-time SITE_URL); the document itself is cached
// (lib/seo/cached-document.ts). Never prerendered: the build has no database.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const doc = await getSitemapIndexDocument();
  return doc
    ? conditionalResponse(request, doc, XML_CONTENT_TYPE, [cacheTags.sitemaps])
    : notFoundResponse();
}
