import { eq } from "drizzle-orm";
import type { DbExecutor } from "../../open-database";
import { relatedExclusions } from "../../schema";

// Stories an editor has taken out of this story's related list for good.
export function getExcludedRelatedIds(db: DbExecutor, articleId: number): Set<number> {
  return new Set(
    db
      .select({ id: relatedExclusions.excludedId })
      .from(relatedExclusions)
      .where(eq(relatedExclusions.articleId, articleId))
      .all()
      .map((row) => row.id),
  );
}
