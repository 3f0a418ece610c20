import { eq } from "drizzle-orm";
import type { DbExecutor } from "../open-database";
import { articleAuthors, articles, articleTags } from "../schema";

// Tag and author listings read published_at from the link rows (see docs/decisions/0003); this
// keeps those copies in step with the article, inside the caller's transaction.
export function syncPublishedCopies(db: DbExecutor, articleId: number): void {
  const article = db
    .select({ status: articles.status, publishedAt: articles.publishedAt })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get();
  const publishedAt = article?.status === "published" ? article.publishedAt : null;
  db.update(articleTags).set({ publishedAt }).where(eq(articleTags.articleId, articleId)).run();
  db.update(articleAuthors)
    .set({ publishedAt })
    .where(eq(articleAuthors.articleId, articleId))
    .run();
}
