import { cacheTags } from "@/lib/cache/cache-tags";
import { conditionalResponse, XML_CONTENT_TYPE } from "@/server/seo/conditional-response";
import { notFoundResponse } from "@/server/seo/missing-response";
import { parseSitemapFile } from "@/lib/seo/sitemap-chunks";
import { getSitemapDocument } from "@/server/seo/sitemap-documents";

// Answered per request (conditional requests, run-time SITE_URL); the document itself is cached
// (server/seo/cached-document.ts). Never prerendered: the build has no database.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ file: string }> };

export async function GET(request: Request, { params }: Context) {
  const name = parseSitemapFile((await params).file);
  const doc = name ? await getSitemapDocument(name) : null;
  return doc
    ? conditionalResponse(request, doc, XML_CONTENT_TYPE, [cacheTags.sitemaps])
    : notFoundResponse();
}
