import "server-only";
import { and, desc, eq, gte } from "drizzle-orm";
import { getDb } from "../client";
import type { DbExecutor } from "../open-database";
import { articles, categories } from "../schema";

// Google News reads only stories from the last two days, and at most 1,000 per sitemap.
export const NEWS_SITEMAP_WINDOW_MS = 48 * 3_600_000;
export const NEWS_SITEMAP_LIMIT = 1_000;

export type NewsSitemapArticle = { path: string; title: string; publishedAt: Date };

export function getNewsSitemapArticles(
  now: Date = new Date(),
  db: DbExecutor = getDb(),
): NewsSitemapArticle[] {
  const since = new Date(now.getTime() - NEWS_SITEMAP_WINDOW_MS);
  return db
    .select({
      slug: articles.slug,
      category: categories.slug,
      title: articles.title,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(eq(articles.status, "published"), gte(articles.publishedAt, since)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(NEWS_SITEMAP_LIMIT)
    .all()
    .flatMap((row) =>
      row.publishedAt && row.publishedAt <= now
        ? [{ path: `/${row.category}/${row.slug}`, title: row.title, publishedAt: row.publishedAt }]
        : [],
    );
}
