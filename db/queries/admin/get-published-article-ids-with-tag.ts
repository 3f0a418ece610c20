import { and, eq, isNotNull } from "drizzle-orm";
import type { DbExecutor } from "../../open-database";
import { articleTags } from "../../schema";

// Published articles whose pages list the tag.
export function getPublishedArticleIdsWithTag(tx: DbExecutor, tagId: number): number[] {
  return tx
    .select({ id: articleTags.articleId })
    .from(articleTags)
    .where(and(eq(articleTags.tagId, tagId), isNotNull(articleTags.publishedAt)))
    .all()
    .map((row) => row.id);
}
