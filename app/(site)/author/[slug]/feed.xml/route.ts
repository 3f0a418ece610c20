import { isValidSlug } from "@/lib/slugs/is-valid-slug";
import { notFoundResponse } from "@/server/seo/missing-response";
import { serveFeed } from "@/server/seo/serve-feed";

// Answered per request (conditional requests, run-time SITE_URL); the document itself is cached
// (server/seo/cached-document.ts). Never prerendered: the build has no database.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Context) {
  const { slug } = await params;
  if (!isValidSlug(slug)) return notFoundResponse();
  return serveFeed(request, { kind: "author", slug });
}
