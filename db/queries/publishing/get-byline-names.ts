import { asc, eq } from "drizzle-orm";
import type { DbExecutor } from "../../open-database";
import { articleAuthors, users } from "../../schema";

// The names on a story's byline, in order: part of what search and related posts read of it.
export function getBylineNames(db: DbExecutor, articleId: number): string[] {
  return db
    .select({ name: users.name })
    .from(articleAuthors)
    .innerJoin(users, eq(users.id, articleAuthors.userId))
    .where(eq(articleAuthors.articleId, articleId))
    .orderBy(asc(articleAuthors.position))
    .all()
    .map((row) => row.name);
}
