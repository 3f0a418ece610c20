import { asc, eq } from "drizzle-orm";
import type { DbExecutor } from "../../open-database";
import { articles, articleTags } from "../../schema";

// What related posts are computed from: the article as it will be published. By default it is
// read from the articles row; a caller publishing a working copy passes its content instead.
export type RelatedSource = {
  title: string;
  standfirst: string;
  body: unknown;
  categoryId: number;
  tagIds: number[];
  publishedAt: Date | null;
};

export function getRelatedSource(db: DbExecutor, articleId: number): RelatedSource | null {
  const row = db
    .select({
      title: articles.title,
      standfirst: articles.standfirst,
      body: articles.body,
      categoryId: articles.categoryId,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get();
  if (!row) return null;
  const tagIds = db
    .select({ id: articleTags.tagId })
    .from(articleTags)
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(articleTags.position))
    .all()
    .map((link) => link.id);
  return { ...row, tagIds };
}
