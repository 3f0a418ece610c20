import { getDb } from "@/db/client";
import { expireBreakingNews } from "@/db/mutations/expire-breaking-news";
import { publishDueArticles } from "@/db/mutations/publish-due-articles";
import { refreshPublicCaches } from "@/server/cache/refresh-public-caches";
import { isInternalRequest } from "@/server/scheduler/is-internal-request";

export const dynamic = "force-dynamic";

// The scheduler's way into a request, where Next's cache refresh works (server/scheduler). Only
// this server process knows the secret; anyone else gets a plain 404.
export async function POST(request: Request): Promise<Response> {
  if (!isInternalRequest(request)) return new Response("Not found", { status: 404 });
  const db = getDb();
  const published = publishDueArticles(db);
  const expired = expireBreakingNews(db);
  await refreshPublicCaches([...published.cacheTags, ...expired.cacheTags], "route-handler");
  return Response.json(
    { published: published.publishedIds, breakingExpired: expired.articleIds },
    { headers: { "Cache-Control": "no-store" } },
  );
}
