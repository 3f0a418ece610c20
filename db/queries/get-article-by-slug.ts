import { and, asc, eq } from "drizzle-orm";
import { getDb } from "../client";
import type { DbExecutor } from "../open-database";
import { articleAuthors, articles, articleTags, categories, tags, users } from "../schema";
import { articleCardColumns, heroMedia, toArticleCard } from "./article-card-columns";
import { getRelatedArticles } from "./get-related-articles";
import type { ArticleView } from "./view-types";

// Published articles only: drafts, scheduled, unpublished and trashed stories are never public.
export function getArticleBySlug(slug: string, db: DbExecutor = getDb()): ArticleView | null {
  const row = db
    .select({
      ...articleCardColumns,
      body: articles.body,
      modifiedAt: articles.modifiedAt,
      wordCount: articles.wordCount,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(heroMedia, eq(heroMedia.id, articles.heroMediaId))
    .where(and(eq(articles.slug, slug), eq(articles.status, "published")))
    .get();
  if (!row) return null;
  const authors = db
    .select({ slug: users.slug, name: users.name, jobTitle: users.jobTitle })
    .from(articleAuthors)
    .innerJoin(users, eq(users.id, articleAuthors.userId))
    .where(eq(articleAuthors.articleId, row.id))
    .orderBy(asc(articleAuthors.position))
    .all();
  const tagRefs = db
    .select({ slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, row.id))
    .orderBy(asc(articleTags.position))
    .all();
  return {
    ...toArticleCard(row),
    body: row.body,
    modifiedAt: row.modifiedAt,
    wordCount: row.wordCount,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    authors,
    tags: tagRefs,
    related: getRelatedArticles(row.id, db),
  };
}
