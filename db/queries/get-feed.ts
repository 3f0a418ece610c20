import "server-only";
import { and, asc, desc, eq, inArray, isNotNull } from "drizzle-orm";
import { getDb } from "../client";
import type { DbExecutor } from "../open-database";
import { articleAuthors, articles, articleTags, categories, tags, users } from "../schema";
import { articleCardColumns, heroMedia, toArticleCard } from "./article-card-columns";
import type { ArticleCard, TagRef } from "./view-types";

export const FEED_LENGTH = 50;

export type FeedScope =
  | { kind: "all" }
  | { kind: "category"; slug: string }
  | { kind: "tag"; slug: string }
  | { kind: "author"; slug: string };

export type FeedItem = ArticleCard & {
  body: unknown;
  modifiedAt: Date | null;
  authors: { slug: string; name: string }[];
  tags: TagRef[];
};

export type Feed = {
  // Null for the whole site's feed.
  subject: { name: string; description: string | null } | null;
  items: FeedItem[];
};

type Subject = { id: number; name: string; description: string | null };

function findSubject(scope: FeedScope, db: DbExecutor): Subject | null {
  switch (scope.kind) {
    case "all":
      return null;
    case "category":
      return (
        db
          .select({ id: categories.id, name: categories.name, description: categories.description })
          .from(categories)
          .where(eq(categories.slug, scope.slug))
          .get() ?? null
      );
    case "tag":
      return (
        db
          .select({ id: tags.id, name: tags.name, description: tags.description })
          .from(tags)
          .where(eq(tags.slug, scope.slug))
          .get() ?? null
      );
    case "author":
      return (
        db
          .select({ id: users.id, name: users.name, description: users.bio })
          .from(users)
          .where(eq(users.slug, scope.slug))
          .get() ?? null
      );
  }
}

// The newest published ids, from the same covering indexes as the listings (docs/decisions/0003).
function newestIds(scope: FeedScope, subject: Subject | null, limit: number, db: DbExecutor) {
  if (scope.kind === "tag" && subject) {
    return db
      .select({ id: articleTags.articleId })
      .from(articleTags)
      .where(and(eq(articleTags.tagId, subject.id), isNotNull(articleTags.publishedAt)))
      .orderBy(desc(articleTags.publishedAt), desc(articleTags.articleId))
      .limit(limit)
      .all();
  }
  if (scope.kind === "author" && subject) {
    return db
      .select({ id: articleAuthors.articleId })
      .from(articleAuthors)
      .where(and(eq(articleAuthors.userId, subject.id), isNotNull(articleAuthors.publishedAt)))
      .orderBy(desc(articleAuthors.publishedAt), desc(articleAuthors.articleId))
      .limit(limit)
      .all();
  }
  const published = eq(articles.status, "published");
  return db
    .select({ id: articles.id })
    .from(articles)
    .where(
      scope.kind === "category" && subject
        ? and(eq(articles.categoryId, subject.id), published)
        : published,
    )
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .all();
}

// The latest published stories of a feed, with their bodies for content:encoded: the only read
// of article bodies outside the article page, bounded by FEED_LENGTH. Null when the category,
// tag or author does not exist, or has nothing published (so the route answers 404).
export function getFeed(
  scope: FeedScope,
  limit = FEED_LENGTH,
  db: DbExecutor = getDb(),
): Feed | null {
  const subject = findSubject(scope, db);
  if (scope.kind !== "all" && !subject) return null;
  const ids = newestIds(scope, subject, limit, db).map((row) => row.id);
  if (scope.kind !== "all" && scope.kind !== "category" && ids.length === 0) return null;
  const rows =
    ids.length === 0
      ? []
      : db
          .select({ ...articleCardColumns, body: articles.body, modifiedAt: articles.modifiedAt })
          .from(articles)
          .innerJoin(categories, eq(categories.id, articles.categoryId))
          .leftJoin(heroMedia, eq(heroMedia.id, articles.heroMediaId))
          .where(and(inArray(articles.id, ids), eq(articles.status, "published")))
          .all();
  const authorRows =
    ids.length === 0
      ? []
      : db
          .select({ articleId: articleAuthors.articleId, slug: users.slug, name: users.name })
          .from(articleAuthors)
          .innerJoin(users, eq(users.id, articleAuthors.userId))
          .where(inArray(articleAuthors.articleId, ids))
          .orderBy(asc(articleAuthors.articleId), asc(articleAuthors.position))
          .all();
  const tagRows =
    ids.length === 0
      ? []
      : db
          .select({ articleId: articleTags.articleId, slug: tags.slug, name: tags.name })
          .from(articleTags)
          .innerJoin(tags, eq(tags.id, articleTags.tagId))
          .where(inArray(articleTags.articleId, ids))
          .orderBy(asc(articleTags.articleId), asc(articleTags.position))
          .all();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = ids.flatMap((id): FeedItem[] => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        ...toArticleCard(row),
        body: row.body,
        modifiedAt: row.modifiedAt,
        authors: authorRows
          .filter((a) => a.articleId === id)
          .map(({ slug, name }) => ({ slug, name })),
        tags: tagRows.filter((t) => t.articleId === id).map(({ slug, name }) => ({ slug, name })),
      },
    ];
  });
  return {
    subject: subject ? { name: subject.name, description: subject.description } : null,
    items,
  };
}
