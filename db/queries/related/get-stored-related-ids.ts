import { asc, eq } from "drizzle-orm";
import type { DbExecutor } from "../../open-database";
import { relatedArticles } from "../../schema";

// The stored related list of a story, in order.
export function getStoredRelatedIds(db: DbExecutor, articleId: number): number[] {
  return db
    .select({ id: relatedArticles.relatedId })
    .from(relatedArticles)
    .where(eq(relatedArticles.articleId, articleId))
    .orderBy(asc(relatedArticles.position))
    .all()
    .map((row) => row.id);
}
