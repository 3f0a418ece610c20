import { cacheTags } from "@/db/cache-tags";
import { conditionalResponse, XML_CONTENT_TYPE } from "@/lib/seo/conditional-response";
import { notFoundResponse } from "@/lib/seo/missing-response";
import { parseSitemapFile } from "@/lib/seo/sitemap-chunks";
import { getSitemapDocument } from "@/lib/seo/sitemap-documents";

// Answered per request (conditional requests, run-time SITE_URL); the document itself is cached
// (lib/seo/cached-document.ts). Never prerendered: the build has no database.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ file: string }> };

export async function GET(request: Request, { params }: Context) {
  const name = parseSitemapFile((await params).file);
  const doc = name ? await getSitemapDocument(name) : null;
  return doc
    ? conditionalResponse(request, doc, XML_CONTENT_TYPE, [cacheTags.sitemaps])
    : notFoundResponse();
}
