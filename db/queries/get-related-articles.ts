import { and, asc, eq } from "drizzle-orm";
import { getDb } from "../client";
import type { DbExecutor } from "../open-database";
import { articles, relatedArticles } from "../schema";
import { getArticleCardsByIds } from "./get-article-cards-by-ids";
import { RELATED_LIMIT } from "./related-limit";
import type { ArticleCard } from "./view-types";

// The list is computed at publish time (db/queries/related/, written by db/mutations/sync-related-lists.ts); reading it is
// one indexed range. Stories unpublished since then drop out here.
export function getRelatedArticles(articleId: number, db: DbExecutor = getDb()): ArticleCard[] {
  const ids = db
    .select({ id: relatedArticles.relatedId })
    .from(relatedArticles)
    .innerJoin(articles, eq(articles.id, relatedArticles.relatedId))
    .where(and(eq(relatedArticles.articleId, articleId), eq(articles.status, "published")))
    .orderBy(asc(relatedArticles.position))
    .limit(RELATED_LIMIT)
    .all()
    .map((row) => row.id);
  return getArticleCardsByIds(ids, db);
}
