import { asc, eq } from "drizzle-orm";
import { ArticleNotFoundError } from "@/lib/articles/article-errors";
import type { DbExecutor } from "../../open-database";
import { articleAuthors, articles, articleTags, categories, tags, users } from "../../schema";

export type ArticleForWrite = typeof articles.$inferSelect & {
  categorySlug: string;
  path: string;
  tagIds: number[];
  tagSlugs: string[];
  authorIds: number[];
  authorSlugs: string[];
  // The creator and the bylined authors: whose "own" article it is for authors and contributors.
  ownerIds: number[];
};

// Everything a mutation needs to know about an article before changing it, read in the same
// transaction as the change.
export function getArticleForWrite(db: DbExecutor, articleId: number): ArticleForWrite {
  const row = db
    .select({ article: articles, categorySlug: categories.slug })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(eq(articles.id, articleId))
    .get();
  if (!row) throw new ArticleNotFoundError(articleId);
  const tagRows = db
    .select({ id: tags.id, slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(articleTags.position))
    .all();
  const authorRows = db
    .select({ id: users.id, slug: users.slug })
    .from(articleAuthors)
    .innerJoin(users, eq(users.id, articleAuthors.userId))
    .where(eq(articleAuthors.articleId, articleId))
    .orderBy(asc(articleAuthors.position))
    .all();
  const authorIds = authorRows.map((author) => author.id);
  return {
    ...row.article,
    categorySlug: row.categorySlug,
    path: `/${row.categorySlug}/${row.article.slug}`,
    tagIds: tagRows.map((tag) => tag.id),
    tagSlugs: tagRows.map((tag) => tag.slug),
    authorIds,
    authorSlugs: authorRows.map((author) => author.slug),
    ownerIds: [
      ...new Set([
        ...(row.article.createdById === null ? [] : [row.article.createdById]),
        ...authorIds,
      ]),
    ],
  };
}
