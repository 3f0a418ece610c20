import { and, count, desc, eq } from "drizzle-orm";
import { getDb } from "../client";
import type { DbExecutor } from "../open-database";
import { articles, categories } from "../schema";
import { buildListing } from "./build-listing";
import type { Listing } from "./view-types";

export type CategorySubject = { slug: string; name: string; description: string };

// Null when the category does not exist or the page is past the last one, so the route can
// answer 404 before rendering.
export function getCategoryListing(
  slug: string,
  page: number,
  db: DbExecutor = getDb(),
): Listing<CategorySubject> | null {
  const category = db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
    })
    .from(categories)
    .where(eq(categories.slug, slug))
    .get();
  if (!category) return null;
  const published = and(eq(articles.categoryId, category.id), eq(articles.status, "published"));
  const total = db.select({ n: count() }).from(articles).where(published).get()?.n ?? 0;
  return buildListing(
    db,
    { slug: category.slug, name: category.name, description: category.description },
    total,
    page,
    (limit, offset) =>
      db
        .select({ id: articles.id })
        .from(articles)
        .where(published)
        .orderBy(desc(articles.publishedAt), desc(articles.id))
        .limit(limit)
        .offset(offset)
        .all()
        .map((row) => row.id),
  );
}
