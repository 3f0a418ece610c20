import type { ArticleCacheState } from "@/lib/cache/article-cache-tags";
import type { DbExecutor } from "../../open-database";
import type { ArticleForWrite } from "./get-article-for-write";
import { eq } from "drizzle-orm";
import { relatedArticles } from "../../schema";

// What the public pages can see of an article, for working out which cached pages a change
// affects (lib/cache/article-cache-tags.ts).
export function getArticleCacheState(
  db: DbExecutor,
  article: ArticleForWrite,
  now: Date,
): ArticleCacheState {
  const published = article.status === "published";
  return {
    published,
    categorySlug: article.categorySlug,
    tagSlugs: article.tagSlugs,
    authorSlugs: article.authorSlugs,
    featured: article.featured,
    breaking: published && article.breakingUntil !== null && article.breakingUntil > now,
    listedBy: db
      .select({ id: relatedArticles.articleId })
      .from(relatedArticles)
      .where(eq(relatedArticles.relatedId, article.id))
      .all()
      .map((row) => row.id),
  };
}
