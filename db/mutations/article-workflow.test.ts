import { and, desc, eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ArticleStateError, ArticleValidationError } from "@/lib/articles/article-errors";
import { PermissionDeniedError } from "@/lib/auth/assert-can";
import type { GazetiDatabase } from "../open-database";
import { getTagListing } from "../queries/get-tag-listing";
import { articleRevisions, articles, articleTags, auditLog, redirects, tags } from "../schema";
import {
  createTestNewsroom,
  testArticleValues,
  type TestNewsroom,
} from "../test/create-test-newsroom";
import { createArticle } from "./create-article";
import { moveArticle } from "./move-article";

const NOW = new Date("2026-11-20T09:00:00Z");
const LATER = new Date("2026-11-20T10:00:00Z");

let newsroom: TestNewsroom;
let db: GazetiDatabase;

beforeEach(() => {
  newsroom = createTestNewsroom();
  db = newsroom.db;
});
afterEach(() => newsroom.cleanup());

const values = (overrides: Record<string, unknown> = {}) => testArticleValues(newsroom, overrides);

function create(overrides: Record<string, unknown> = {}, actor = newsroom.actors.author) {
  return createArticle(db, actor, { values: values(overrides) }, { now: NOW });
}

function row(id: number) {
  return db.select().from(articles).where(eq(articles.id, id)).get()!;
}

function searchIds(term: string): number[] {
  return db
    .all<{ id: number }>(sql`select rowid as id from articles_fts where articles_fts match ${term}`)
    .map((r) => r.id);
}

function revisionKinds(id: number): string[] {
  return db
    .select({ kind: articleRevisions.kind })
    .from(articleRevisions)
    .where(eq(articleRevisions.articleId, id))
    .orderBy(articleRevisions.id)
    .all()
    .map((r) => r.kind);
}

function auditActions(id: number): string[] {
  return db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.targetType, "article"), eq(auditLog.targetId, id)))
    .orderBy(auditLog.id)
    .all()
    .map((r) => r.action);
}

function publish(
  id: number,
  version: number,
  overrides: Record<string, unknown> = {},
  actor = newsroom.actors.editor,
  now = NOW,
) {
  return moveArticle(
    db,
    actor,
    "publish",
    { articleId: id, baseVersion: version, values: values(overrides) },
    { now },
  );
}

describe("creating an article", () => {
  it("makes a draft with a slug from the title, a revision and an audit entry", () => {
    const result = create({ tags: ["Budget 2026", "Parliament"] });
    const article = row(result.articleId);
    expect(article.status).toBe("draft");
    expect(article.slug).toBe("parliament-passes-the-budget");
    expect(article.version).toBe(1);
    expect(article.createdById).toBe(newsroom.actors.author.id);
    expect(result.path).toBe("/news/parliament-passes-the-budget");
    expect(result.cacheTags).toEqual([]);
    expect(revisionKinds(result.articleId)).toEqual(["save"]);
    expect(auditActions(result.articleId)).toEqual(["article.created"]);
  });

  it("creates new tags on the fly and reuses existing ones by slug or name", () => {
    db.insert(tags).values({ slug: "parliament", name: "Parliament" }).run();
    const result = create({ tags: ["parliament", "Budget 2026", "budget 2026"] });
    const linked = db
      .select({ slug: tags.slug, name: tags.name })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(eq(articleTags.articleId, result.articleId))
      .orderBy(articleTags.position)
      .all();
    expect(linked).toEqual([
      { slug: "parliament", name: "Parliament" },
      { slug: "budget-2026", name: "Budget 2026" },
    ]);
    expect(db.select().from(tags).all()).toHaveLength(2);
  });

  it("keeps slugs unique across articles by numbering generated ones", () => {
    create();
    expect(row(create().articleId).slug).toBe("parliament-passes-the-budget-2");
    expect(row(create().articleId).slug).toBe("parliament-passes-the-budget-3");
  });

  it("refuses a slug another article uses, next to the slug field", () => {
    create({ slug: "budget-vote" });
    expect(() => create({ slug: "budget-vote" })).toThrow(ArticleValidationError);
    try {
      create({ slug: "budget-vote" });
    } catch (error) {
      expect((error as ArticleValidationError).fieldErrors.slug).toEqual([
        "Another article already uses this slug",
      ]);
    }
  });

  it("reports every invalid field at once, by field name", () => {
    try {
      create({ title: "  ", slug: "Not A Slug", authorIds: [], categoryId: "" });
      expect.unreachable();
    } catch (error) {
      const { fieldErrors } = error as ArticleValidationError;
      expect(Object.keys(fieldErrors).sort()).toEqual(["authorIds", "categoryId", "slug", "title"]);
    }
  });

  it("refuses a hero image without alt text, and body images without alt text", () => {
    expect(() => create({ heroMediaId: newsroom.media.withoutAlt })).toThrow(
      /heroMediaId: Add alt text/,
    );
    const body = {
      type: "doc",
      content: [
        { type: "image", attrs: { src: `/media/${newsroom.withAltHash}-640.jpg`, alt: "" } },
      ],
    };
    expect(() => create({ body })).toThrow(/body: Every image in the body needs alt text/);
    expect(db.select().from(articles).all()).toHaveLength(0);
    expect(create({ heroMediaId: newsroom.media.withAlt }).articleId).toBeGreaterThan(0);
  });

  it("reads form strings the way a plain form post sends them", () => {
    const result = create({
      categoryId: String(newsroom.categories.sport),
      authorIds: [String(newsroom.actors.author.id)],
      featured: "on",
      body: JSON.stringify({ type: "doc", content: [] }),
    });
    expect(row(result.articleId)).toMatchObject({
      categoryId: newsroom.categories.sport,
      featured: true,
    });
  });
});

describe("who may publish", () => {
  it("never lets a contributor publish or schedule, even their own story by a crafted call", () => {
    const { articleId, version } = create({}, newsroom.actors.contributor);
    expect(() => publish(articleId, version, {}, newsroom.actors.contributor)).toThrow(
      PermissionDeniedError,
    );
    expect(() =>
      moveArticle(
        db,
        newsroom.actors.contributor,
        "schedule",
        { articleId, baseVersion: version, values: values({ publishAt: "2026-11-21T08:00" }) },
        { now: NOW },
      ),
    ).toThrow(PermissionDeniedError);
    expect(row(articleId)).toMatchObject({ status: "draft", version: 1 });
    expect(revisionKinds(articleId)).toEqual(["save"]);
    expect(searchIds("budget")).toEqual([]);
  });

  it("lets a contributor submit their draft for review, and an editor publish it", () => {
    const { articleId, version } = create({}, newsroom.actors.contributor);
    const submitted = moveArticle(
      db,
      newsroom.actors.contributor,
      "submit",
      { articleId, baseVersion: version, values: values() },
      { now: NOW },
    );
    expect(submitted.status).toBe("in_review");
    expect(() => publish(articleId, submitted.version, {}, newsroom.actors.contributor)).toThrow(
      PermissionDeniedError,
    );
    expect(publish(articleId, submitted.version).status).toBe("published");
    expect(auditActions(articleId)).toEqual([
      "article.created",
      "article.submitted",
      "article.published",
    ]);
  });

  it("lets authors publish their own stories but not someone else's", () => {
    const own = create();
    const theirs = create(
      { authorIds: [newsroom.actors.otherAuthor.id] },
      newsroom.actors.otherAuthor,
    );
    expect(publish(own.articleId, own.version, {}, newsroom.actors.author).status).toBe(
      "published",
    );
    expect(() => publish(theirs.articleId, theirs.version, {}, newsroom.actors.author)).toThrow(
      PermissionDeniedError,
    );
  });
});

describe("publishing", () => {
  it("puts the story in the search index and its tag listing, and names the pages to refresh", () => {
    const { articleId, version } = create({ tags: ["Budget 2026"] });
    const result = publish(articleId, version, { tags: ["budget-2026"] });
    const article = row(articleId);
    expect(article).toMatchObject({
      status: "published",
      publishedAt: NOW,
      modifiedAt: null,
      version: 2,
    });
    expect(searchIds("budget")).toEqual([articleId]);
    expect(getTagListing("budget-2026", 1, db)?.items.map((item) => item.id)).toEqual([articleId]);
    expect(result.cacheTags).toEqual(
      expect.arrayContaining([
        `article:${articleId}`,
        "home",
        "feeds",
        "sitemaps",
        "category:news",
        "tag:budget-2026",
        "author:aisha",
      ]),
    );
    expect(revisionKinds(articleId)).toEqual(["save", "publish"]);
  });

  it("refuses to publish a story that is already live or in the trash", () => {
    const { articleId, version } = create();
    const published = publish(articleId, version);
    expect(() => publish(articleId, published.version)).toThrow(ArticleStateError);
  });

  it("starts a six-hour breaking window when a breaking story goes live, and clears it on request", () => {
    const { articleId, version } = create({ breaking: true });
    const published = publish(articleId, version, { breaking: true });
    expect(row(articleId).breakingUntil).toEqual(new Date(NOW.getTime() + 6 * 3_600_000));
    expect(published.cacheTags).toContain("nav");
    const cleared = moveArticle(
      db,
      newsroom.actors.editor,
      "update",
      { articleId, baseVersion: published.version, values: values({ breaking: false }) },
      { now: LATER },
    );
    expect(row(articleId).breakingUntil).toBeNull();
    expect(cleared.cacheTags).toContain("nav");
  });
});

describe("scheduling", () => {
  it("stores the Nairobi time entered as UTC and sets the story to scheduled", () => {
    const { articleId, version } = create();
    const result = moveArticle(
      db,
      newsroom.actors.editor,
      "schedule",
      { articleId, baseVersion: version, values: values({ publishAt: "2026-11-20T15:30" }) },
      { now: NOW },
    );
    expect(result.status).toBe("scheduled");
    expect(row(articleId).publishAt).toEqual(new Date("2026-11-20T12:30:00Z"));
    expect(result.cacheTags).toEqual([]);
  });

  it("refuses a time in the past, next to the publish time field", () => {
    const { articleId, version } = create();
    expect(() =>
      moveArticle(
        db,
        newsroom.actors.editor,
        "schedule",
        { articleId, baseVersion: version, values: values({ publishAt: "2026-11-20T11:00" }) },
        { now: NOW },
      ),
    ).toThrow(/publishAt: Choose a time in the future/);
  });
});

describe("unpublishing", () => {
  it("removes the story from the search index and its tag listings", () => {
    const { articleId, version } = create({ tags: ["Budget 2026"] });
    const published = publish(articleId, version, { tags: ["Budget 2026"] });
    expect(getTagListing("budget-2026", 1, db)?.total).toBe(1);
    const result = moveArticle(
      db,
      newsroom.actors.editor,
      "unpublish",
      { articleId, baseVersion: published.version },
      { now: LATER },
    );
    expect(row(articleId).status).toBe("unpublished");
    expect(searchIds("budget")).toEqual([]);
    expect(getTagListing("budget-2026", 1, db)).toBeNull();
    expect(
      db
        .select({ at: articleTags.publishedAt })
        .from(articleTags)
        .where(eq(articleTags.articleId, articleId))
        .get()?.at,
    ).toBeNull();
    expect(result.cacheTags).toEqual(
      expect.arrayContaining([`article:${articleId}`, "home", "category:news", "tag:budget-2026"]),
    );
    expect(auditActions(articleId).at(-1)).toBe("article.unpublished");
  });

  it("calls off a scheduled story, which goes back to being a draft", () => {
    const { articleId, version } = create();
    const scheduled = moveArticle(
      db,
      newsroom.actors.editor,
      "schedule",
      { articleId, baseVersion: version, values: values({ publishAt: "2026-11-21T08:00" }) },
      { now: NOW },
    );
    moveArticle(db, newsroom.actors.editor, "unpublish", {
      articleId,
      baseVersion: scheduled.version,
    });
    expect(row(articleId).status).toBe("draft");
  });

  it("keeps the first publication time when a story is published again, marked as updated", () => {
    const { articleId, version } = create();
    const first = publish(articleId, version);
    const down = moveArticle(db, newsroom.actors.editor, "unpublish", {
      articleId,
      baseVersion: first.version,
    });
    publish(articleId, down.version, {}, newsroom.actors.editor, LATER);
    expect(row(articleId)).toMatchObject({ publishedAt: NOW, modifiedAt: LATER });
  });
});

describe("the trash", () => {
  it("takes a live story off every public list and remembers its status", () => {
    const { articleId, version } = create({ tags: ["Budget 2026"] });
    const published = publish(articleId, version, { tags: ["Budget 2026"] });
    const trashed = moveArticle(
      db,
      newsroom.actors.editor,
      "trash",
      { articleId, baseVersion: published.version },
      { now: LATER },
    );
    expect(row(articleId)).toMatchObject({
      status: "trashed",
      trashedAt: LATER,
      statusBeforeTrash: "published",
    });
    expect(searchIds("budget")).toEqual([]);
    expect(getTagListing("budget-2026", 1, db)).toBeNull();
    expect(trashed.cacheTags).toContain(`article:${articleId}`);
  });

  it("restores a story that was live as unpublished, never straight back to readers", () => {
    const { articleId, version } = create();
    const published = publish(articleId, version);
    moveArticle(db, newsroom.actors.editor, "trash", { articleId, baseVersion: published.version });
    const restored = moveArticle(db, newsroom.actors.editor, "restore", { articleId });
    expect(restored.status).toBe("unpublished");
    expect(row(articleId)).toMatchObject({ trashedAt: null, statusBeforeTrash: null });
    expect(searchIds("budget")).toEqual([]);
    expect(restored.cacheTags).toEqual([]);
  });

  it("lets a contributor trash and restore their own draft, but not a live story", () => {
    const draft = create({}, newsroom.actors.contributor);
    moveArticle(db, newsroom.actors.contributor, "trash", { articleId: draft.articleId });
    expect(
      moveArticle(db, newsroom.actors.contributor, "restore", { articleId: draft.articleId })
        .status,
    ).toBe("draft");
    const live = create(
      { authorIds: [newsroom.actors.contributor.id] },
      newsroom.actors.contributor,
    );
    publish(live.articleId, live.version);
    expect(() =>
      moveArticle(db, newsroom.actors.contributor, "trash", { articleId: live.articleId }),
    ).toThrow(PermissionDeniedError);
  });

  it("refuses to edit or publish a story in the trash", () => {
    const { articleId } = create();
    const trashed = moveArticle(db, newsroom.actors.editor, "trash", { articleId });
    expect(() => publish(articleId, trashed.version)).toThrow(ArticleStateError);
  });
});

describe("changing a published story's address", () => {
  it("keeps the old address as a redirect to the new one, without chains", () => {
    const { articleId, version } = create({ slug: "budget-passes" });
    const published = publish(articleId, version, { slug: "budget-passes" });
    const renamed = moveArticle(
      db,
      newsroom.actors.editor,
      "update",
      { articleId, baseVersion: published.version, values: values({ slug: "budget-approved" }) },
      { now: LATER },
    );
    expect(renamed.path).toBe("/news/budget-approved");
    const moved = moveArticle(
      db,
      newsroom.actors.editor,
      "update",
      {
        articleId,
        baseVersion: renamed.version,
        values: values({ slug: "budget-approved", categoryId: newsroom.categories.sport }),
      },
      { now: LATER },
    );
    expect(moved.path).toBe("/sport/budget-approved");
    expect(
      db
        .select({ from: redirects.fromPath, to: redirects.toPath })
        .from(redirects)
        .orderBy(redirects.fromPath)
        .all(),
    ).toEqual([
      { from: "/news/budget-approved", to: "/sport/budget-approved" },
      { from: "/news/budget-passes", to: "/sport/budget-approved" },
    ]);
    expect(moved.cacheTags).toEqual(expect.arrayContaining(["category:news", "category:sport"]));
    expect(row(articleId).modifiedAt).toEqual(LATER);
  });

  it("writes no redirect for a story that was never public", () => {
    const { articleId, version } = create({ slug: "first-draft" });
    publish(articleId, version, { slug: "final-name" });
    expect(db.select().from(redirects).all()).toEqual([]);
    expect(
      db
        .select({ kind: articleRevisions.kind })
        .from(articleRevisions)
        .orderBy(desc(articleRevisions.id))
        .get()?.kind,
    ).toBe("publish");
  });
});
