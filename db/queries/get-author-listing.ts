import { and, count, desc, eq, isNotNull } from "drizzle-orm";
import { getDb } from "../client";
import type { DbExecutor } from "../open-database";
import { articleAuthors, users } from "../schema";
import { buildListing } from "./build-listing";
import type { Listing } from "./view-types";

export type AuthorSubject = {
  slug: string;
  name: string;
  jobTitle: string | null;
  bio: string | null;
};

export function getAuthorListing(
  slug: string,
  page: number,
  db: DbExecutor = getDb(),
): Listing<AuthorSubject> | null {
  const author = db
    .select({
      id: users.id,
      slug: users.slug,
      name: users.name,
      jobTitle: users.jobTitle,
      bio: users.bio,
    })
    .from(users)
    .where(eq(users.slug, slug))
    .get();
  if (!author) return null;
  // article_authors.published_at is set only while the article is published.
  const published = and(
    eq(articleAuthors.userId, author.id),
    isNotNull(articleAuthors.publishedAt),
  );
  const total = db.select({ n: count() }).from(articleAuthors).where(published).get()?.n ?? 0;
  // An author with no published stories has no public page.
  if (total === 0) return null;
  return buildListing(
    db,
    { slug: author.slug, name: author.name, jobTitle: author.jobTitle, bio: author.bio },
    total,
    page,
    (limit, offset) =>
      db
        .select({ id: articleAuthors.articleId })
        .from(articleAuthors)
        .where(published)
        .orderBy(desc(articleAuthors.publishedAt), desc(articleAuthors.articleId))
        .limit(limit)
        .offset(offset)
        .all()
        .map((row) => row.id),
  );
}
