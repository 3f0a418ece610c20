import { and, asc, eq } from "drizzle-orm";
import type { RankedRelated } from "@/lib/related/rank-related";
import type { DbExecutor } from "../open-database";
import { getExcludedRelatedIds } from "../queries/related/get-excluded-related-ids";
import { RELATED_LIMIT } from "../queries/related-limit";
import { relatedArticles } from "../schema";

// The write half: replaces the stored list inside the caller's transaction. Pinned entries keep
// their places at the top; excluded stories never enter; the list holds RELATED_LIMIT entries.
export function syncRelatedList(db: DbExecutor, articleId: number, ranked: RankedRelated[]): void {
  db.delete(relatedArticles)
    .where(and(eq(relatedArticles.articleId, articleId), eq(relatedArticles.pinned, false)))
    .run();
  const pinned = db
    .select({ id: relatedArticles.relatedId, position: relatedArticles.position })
    .from(relatedArticles)
    .where(eq(relatedArticles.articleId, articleId))
    .orderBy(asc(relatedArticles.position))
    .all();
  const excluded = getExcludedRelatedIds(db, articleId);
  const taken = new Set([articleId, ...pinned.map((row) => row.id)]);
  pinned.forEach((row, index) => {
    if (row.position !== index) {
      db.update(relatedArticles)
        .set({ position: index })
        .where(and(eq(relatedArticles.articleId, articleId), eq(relatedArticles.relatedId, row.id)))
        .run();
    }
  });
  const rows = ranked
    .filter((entry) => !taken.has(entry.id) && !excluded.has(entry.id))
    .slice(0, Math.max(0, RELATED_LIMIT - pinned.length))
    .map((entry, index) => ({
      articleId,
      relatedId: entry.id,
      position: pinned.length + index,
      score: entry.score,
    }));
  if (rows.length > 0) db.insert(relatedArticles).values(rows).run();
}
