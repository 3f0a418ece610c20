import { and, count, desc, eq, isNotNull } from "drizzle-orm";
import { getDb } from "../client";
import type { DbExecutor } from "../open-database";
import { articleTags, tags } from "../schema";
import { buildListing } from "./build-listing";
import type { Listing, TagRef } from "./view-types";

export type TagSubject = TagRef & { description: string | null };

export function getTagListing(
  slug: string,
  page: number,
  db: DbExecutor = getDb(),
): Listing<TagSubject> | null {
  const tag = db
    .select({ id: tags.id, slug: tags.slug, name: tags.name, description: tags.description })
    .from(tags)
    .where(eq(tags.slug, slug))
    .get();
  if (!tag) return null;
  // article_tags.published_at is set only while the article is published.
  const published = and(eq(articleTags.tagId, tag.id), isNotNull(articleTags.publishedAt));
  const total = db.select({ n: count() }).from(articleTags).where(published).get()?.n ?? 0;
  // A tag with nothing published has no public page.
  if (total === 0) return null;
  return buildListing(
    db,
    { slug: tag.slug, name: tag.name, description: tag.description },
    total,
    page,
    (limit, offset) =>
      db
        .select({ id: articleTags.articleId })
        .from(articleTags)
        .where(published)
        .orderBy(desc(articleTags.publishedAt), desc(articleTags.articleId))
        .limit(limit)
        .offset(offset)
        .all()
        .map((row) => row.id),
  );
}
