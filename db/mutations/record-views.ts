import { sql } from "drizzle-orm";
import type { ViewRow } from "@/lib/views/view-counter";
import type { GazetiDatabase } from "../open-database";

// Adds a batch of counted views to the daily totals, in one transaction. Views of an id that is
// not a published article are dropped here, so a beacon request with a made-up id writes
// nothing.
export function recordViews(db: GazetiDatabase, rows: ViewRow[]): void {
  if (rows.length === 0) return;
  db.transaction((tx) => {
    for (const row of rows) {
      tx.run(
        sql`insert into article_views_daily (article_id, day, views)
            select ${row.articleId}, ${row.day}, ${row.views}
            where exists (select 1 from articles where id = ${row.articleId} and status = 'published')
            on conflict (article_id, day) do update set views = views + excluded.views`,
      );
    }
  });
}
