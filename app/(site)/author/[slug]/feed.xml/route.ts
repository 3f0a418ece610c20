import { isValidSlug } from "@/lib/slugs/is-valid-slug";
import { notFoundResponse } from "@/lib/seo/missing-response";
import { serveFeed } from "@/lib/seo/serve-feed";

// Answered per request (conditional requests, run-time SITE_URL); the document itself is cached
// (lib/seo/cached-document.ts). Never prerendered: the build has no database.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Context) {
  const { slug } = await params;
  if (!isValidSlug(slug)) return notFoundResponse();
  return serveFeed(request, { kind: "author", slug });
}
