import type { ArticleStatus } from "../schema";
import { articleAuthors, articles, articleTags, categories, tags, users } from "../schema";
import { syncPublicState } from "../mutations/sync-public-state";
import type { DbExecutor } from "../open-database";

const DAY_MS = 86_400_000;
export const TEST_NOW = new Date("2026-11-20T09:00:00Z");

export function insertTestCategory(db: DbExecutor, slug: string, navOrder = 1): number {
  return db
    .insert(categories)
    .values({ slug, name: slug[0]!.toUpperCase() + slug.slice(1), navOrder })
    .returning({ id: categories.id })
    .get().id;
}

export function insertTestUser(db: DbExecutor, slug: string): number {
  return db
    .insert(users)
    .values({ slug, name: slug, email: `${slug}@example.test`, bio: `About ${slug}` })
    .returning({ id: users.id })
    .get().id;
}

export function insertTestTag(db: DbExecutor, slug: string): number {
  return db.insert(tags).values({ slug, name: slug }).returning({ id: tags.id }).get().id;
}

// Writes an article row directly, then takes the publishing code's go-live step
// (syncPublicState: link-row copies of published_at, the search index, a live address); related
// lists are left to the test.
export function insertTestArticle(
  db: DbExecutor,
  input: {
    slug: string;
    categoryId: number;
    daysAgo?: number;
    status?: ArticleStatus;
    tagIds?: number[];
    authorIds?: number[];
  },
): number {
  const status = input.status ?? "published";
  const publishedAt =
    status === "draft" ? null : new Date(TEST_NOW.getTime() - (input.daysAgo ?? 0) * DAY_MS);
  const id = db
    .insert(articles)
    .values({
      slug: input.slug,
      title: `Title of ${input.slug}`,
      standfirst: `Standfirst of ${input.slug}`,
      body: {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "Body" }] }],
      },
      status,
      categoryId: input.categoryId,
      publishedAt,
    })
    .returning({ id: articles.id })
    .get().id;
  (input.tagIds ?? []).forEach((tagId, position) =>
    db.insert(articleTags).values({ articleId: id, tagId, position }).run(),
  );
  (input.authorIds ?? []).forEach((userId, position) =>
    db.insert(articleAuthors).values({ articleId: id, userId, position }).run(),
  );
  syncPublicState(db, id, { related: null });
  return id;
}
