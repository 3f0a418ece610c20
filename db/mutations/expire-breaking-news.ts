import { and, eq, isNotNull, lte } from "drizzle-orm";
import { cacheTags } from "@/lib/cache/cache-tags";
import type { GazetiDatabase } from "../open-database";
import { articles } from "../schema";

// Breaking banners whose six hours have run out: their windows are cleared (a live story's
// flag means "window still running", so nothing is lost) and the pages that showed the banner
// are refreshed. Run by the scheduler on each tick; idempotent.
export function expireBreakingNews(
  db: GazetiDatabase,
  options: { now?: Date } = {},
): { articleIds: number[]; cacheTags: string[] } {
  const now = options.now ?? new Date();
  const expired = db
    .update(articles)
    .set({ breakingUntil: null })
    .where(
      and(
        eq(articles.status, "published"),
        isNotNull(articles.breakingUntil),
        lte(articles.breakingUntil, now),
      ),
    )
    .returning({ id: articles.id })
    .all()
    .map((row) => row.id);
  if (expired.length === 0) return { articleIds: [], cacheTags: [] };
  return {
    articleIds: expired,
    cacheTags: [cacheTags.nav, cacheTags.home, ...expired.map((id) => cacheTags.article(id))],
  };
}
