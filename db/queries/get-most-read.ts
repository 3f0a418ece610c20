import "server-only";
import { inArray, sql } from "drizzle-orm";
import { getDb } from "../client";
import type { DbExecutor } from "../open-database";
import { articles, categories } from "../schema";

const DAY_MS = 86_400_000;
export const MOST_READ_COUNT = 5;

export type MostReadItem = { id: number; path: string; title: string; section: string };

export type MostRead = {
  window: "day" | "week";
  items: MostReadItem[];
};

const utcDay = (time: number) => new Date(time).toISOString().slice(0, 10);

// The most viewed published stories of the last 24 hours, or of the last 7 days while fewer than
// MOST_READ_COUNT stories have views in the last day. Views are kept per UTC day, so the last
// 24 hours are today's views plus yesterday's in proportion to the part of yesterday that falls
// inside the window.
export function getMostRead(
  options: { now?: Date; limit?: number } = {},
  db: DbExecutor = getDb(),
): MostRead {
  const now = (options.now ?? new Date()).getTime();
  const limit = options.limit ?? MOST_READ_COUNT;
  const today = utcDay(now);
  const yesterday = utcDay(now - DAY_MS);
  const elapsed = (now - Date.parse(`${today}T00:00:00Z`)) / DAY_MS;
  const day = ranked(
    db,
    sql`select article_id as id, sum(case when day = ${today} then views else views * ${1 - elapsed} end) as score
        from article_views_daily where day in (${today}, ${yesterday})
        group by article_id having score > 0 order by score desc, article_id desc limit ${limit * 3}`,
    limit,
  );
  if (day.length >= limit) return { window: "day", items: day };
  const week = ranked(
    db,
    sql`select article_id as id, sum(views) as score from article_views_daily
        where day >= ${utcDay(now - 6 * DAY_MS)} and day <= ${today}
        group by article_id order by score desc, article_id desc limit ${limit * 3}`,
    limit,
  );
  return { window: "week", items: week };
}

// The scored ids as items, keeping published stories only (a few extra ids are read so that
// unpublished ones can be skipped).
function ranked(db: DbExecutor, query: ReturnType<typeof sql>, limit: number): MostReadItem[] {
  const ids = db.all<{ id: number }>(query).map((row) => row.id);
  if (ids.length === 0) return [];
  const rows = db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      status: articles.status,
      categorySlug: categories.slug,
      categoryName: categories.name,
    })
    .from(articles)
    .innerJoin(categories, sql`${categories.id} = ${articles.categoryId}`)
    .where(inArray(articles.id, ids))
    .all();
  const byId = new Map(
    rows.filter((row) => row.status === "published").map((row) => [row.id, row]),
  );
  return ids
    .flatMap((id) => {
      const row = byId.get(id);
      return row
        ? [
            {
              id,
              path: `/${row.categorySlug}/${row.slug}`,
              title: row.title,
              section: row.categoryName,
            },
          ]
        : [];
    })
    .slice(0, limit);
}
