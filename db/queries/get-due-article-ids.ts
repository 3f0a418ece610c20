import { and, asc, eq, lte } from "drizzle-orm";
import type { DbExecutor } from "../open-database";
import { articles } from "../schema";

// Scheduled stories whose time has come, earliest first.
export function getDueArticleIds(db: DbExecutor, now: Date): number[] {
  return db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.status, "scheduled"), lte(articles.publishAt, now)))
    .orderBy(asc(articles.publishAt))
    .all()
    .map((row) => row.id);
}
