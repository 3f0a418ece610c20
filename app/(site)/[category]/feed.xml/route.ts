import { isAllowedSectionSlug } from "@/lib/slugs/reserved-segments";
import { notFoundResponse } from "@/server/seo/missing-response";
import { serveFeed } from "@/server/seo/serve-feed";

// Answered per request (conditional requests, run-time SITE_URL); the document itself is cached
// (server/seo/cached-document.ts). Never prerendered: the build has no database.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ category: string }> };

export async function GET(request: Request, { params }: Context) {
  const { category } = await params;
  if (!isAllowedSectionSlug(category)) return notFoundResponse();
  return serveFeed(request, { kind: "category", slug: category });
}
