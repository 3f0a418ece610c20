import { and, eq, isNotNull } from "drizzle-orm";
import type { DbExecutor } from "../open-database";
import { articles } from "../schema";

// Slugs of stories in the trash that readers once saw: their addresses answer 410 Gone
// (server/seo/gone-articles.ts). A draft trashed before it was ever published stays a plain 404.
export function getTrashedArticleSlugs(db: DbExecutor): string[] {
  return db
    .select({ slug: articles.slug })
    .from(articles)
    .where(and(eq(articles.status, "trashed"), isNotNull(articles.publishedAt)))
    .all()
    .map((row) => row.slug);
}
