import "server-only";
import { and, desc, eq, gt } from "drizzle-orm";
import { BREAKING_HOURS } from "@/lib/articles/breaking-until";
import { getDb } from "../client";
import type { DbExecutor } from "../open-database";
import { articles, categories } from "../schema";

export type BreakingNews = { id: number; title: string; path: string };

const MAX_BANNERS = 2;

// Live stories whose Breaking window is still running, most recently changed first, for the banner in
// the public layout. Only flagged stories are in articles_breaking_until_idx (the scheduler clears
// expired flags), so SQLite reads and sorts a handful of rows whatever the corpus; the
// updated_at bound (a window is at most BREAKING_HOURS long and every write that opens one sets
// updated_at) keeps the (status, updated_at) index to a short range on a database without
// statistics.
export function getBreakingNews(db: DbExecutor = getDb(), now: Date = new Date()): BreakingNews[] {
  return db
    .select({
      id: articles.id,
      title: articles.title,
      slug: articles.slug,
      categorySlug: categories.slug,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(
      and(
        eq(articles.status, "published"),
        gt(articles.updatedAt, new Date(now.getTime() - BREAKING_HOURS * 3_600_000)),
        gt(articles.breakingUntil, now),
      ),
    )
    .orderBy(desc(articles.updatedAt))
    .limit(MAX_BANNERS)
    .all()
    .map((row) => ({ id: row.id, title: row.title, path: `/${row.categorySlug}/${row.slug}` }));
}
