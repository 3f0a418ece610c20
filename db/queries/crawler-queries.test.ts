import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { GazetiDatabase } from "../open-database";
import { ARTICLE_STATUSES, articles, media, redirects } from "../schema";
import { SITEMAP_CHUNK_SIZE } from "@/lib/seo/sitemap-chunks";
import { createTestDatabase } from "../test/create-test-database";
import {
  insertTestArticle,
  insertTestCategory,
  insertTestTag,
  insertTestUser,
  TEST_NOW,
} from "../test/insert-test-article";
import { getFeed } from "./get-feed";
import { getNewsSitemapArticles } from "./get-news-sitemap-articles";
import { getRedirectTarget } from "./get-redirect-target";
import { getSitemap } from "./get-sitemap";
import { getSitemapIndex } from "./get-sitemap-index";
import { getTrashedArticleSlugs } from "./get-trashed-article-slugs";

let db: GazetiDatabase;
let cleanup: () => void;
let news: number;
let sports: number;
let floods: number;
let amina: number;

beforeEach(() => {
  ({ db, cleanup } = createTestDatabase());
  news = insertTestCategory(db, "news", 1);
  sports = insertTestCategory(db, "sports", 2);
  floods = insertTestTag(db, "floods");
  amina = insertTestUser(db, "amina");
});
afterEach(() => cleanup());

const hiddenStatuses = ARTICLE_STATUSES.filter((status) => status !== "published");

// One story in every state that is not "published", each tagged, bylined and dated today: none
// of them may reach a crawler.
function insertHiddenStories() {
  for (const status of hiddenStatuses) {
    insertTestArticle(db, {
      slug: `hidden-${status.replace("_", "-")}`,
      categoryId: news,
      status,
      tagIds: [floods],
      authorIds: [amina],
    });
  }
}

function insertPublished(slug: string, daysAgo: number, categoryId = news) {
  return insertTestArticle(db, {
    slug,
    categoryId,
    daysAgo,
    tagIds: [floods],
    authorIds: [amina],
  });
}

const allPaths = (entries: { path: string }[] | null) => (entries ?? []).map((e) => e.path);

describe("getFeed", () => {
  it("lists published stories newest first, with body, bylines and tags", () => {
    insertPublished("older", 3);
    insertPublished("newer", 1);
    const feed = getFeed({ kind: "all" }, 50, db);
    expect(feed?.subject).toBeNull();
    expect(feed?.items.map((item) => item.slug)).toEqual(["newer", "older"]);
    expect(feed?.items[0]).toMatchObject({
      path: "/news/newer",
      authors: [{ slug: "amina", name: "amina" }],
      tags: [{ slug: "floods", name: "floods" }],
    });
    expect(feed?.items[0]?.body).toMatchObject({ type: "doc" });
  });

  it("never lists drafts, scheduled, unpublished or trashed stories, in any feed", () => {
    insertHiddenStories();
    insertPublished("visible", 2);
    for (const scope of [
      { kind: "all" },
      { kind: "category", slug: "news" },
      { kind: "tag", slug: "floods" },
      { kind: "author", slug: "amina" },
    ] as const) {
      expect(
        getFeed(scope, 50, db)?.items.map((item) => item.slug),
        scope.kind,
      ).toEqual(["visible"]);
    }
  });

  it("keeps to the requested length", () => {
    for (let day = 0; day < 5; day++) insertPublished(`story-${day}`, day);
    expect(getFeed({ kind: "all" }, 3, db)?.items.map((item) => item.slug)).toEqual([
      "story-0",
      "story-1",
      "story-2",
    ]);
  });

  it("scopes a section's feed to the section", () => {
    insertPublished("in-news", 1, news);
    insertPublished("in-sports", 1, sports);
    const feed = getFeed({ kind: "category", slug: "sports" }, 50, db);
    expect(feed?.subject?.name).toBe("Sports");
    expect(feed?.items.map((item) => item.slug)).toEqual(["in-sports"]);
  });

  it("has no feed for an unknown subject, or a topic or author with nothing published", () => {
    insertHiddenStories();
    expect(getFeed({ kind: "category", slug: "nope" }, 50, db)).toBeNull();
    expect(getFeed({ kind: "tag", slug: "floods" }, 50, db)).toBeNull();
    expect(getFeed({ kind: "author", slug: "amina" }, 50, db)).toBeNull();
    expect(getFeed({ kind: "category", slug: "news" }, 50, db)?.items).toEqual([]);
  });
});

describe("getSitemap and getSitemapIndex", () => {
  it("list only published stories, tags, authors and sections", () => {
    insertHiddenStories();
    insertPublished("visible", 2);
    insertTestTag(db, "unused");
    expect(allPaths(getSitemap({ kind: "articles", chunk: 0 }, db))).toEqual(["/news/visible"]);
    expect(allPaths(getSitemap({ kind: "tags", chunk: 0 }, db))).toEqual(["/tag/floods"]);
    expect(allPaths(getSitemap({ kind: "authors", chunk: 0 }, db))).toEqual(["/author/amina"]);
    expect(allPaths(getSitemap({ kind: "sections" }, db))).toEqual(["/", "/news", "/sports"]);
  });

  it("give a story its editorial modification time and its hero image", () => {
    const id = insertPublished("with-hero", 2);
    const hero = db
      .insert(media)
      .values({
        hash: "0123456789abcdef01234567",
        mimeType: "image/jpeg",
        width: 1600,
        height: 900,
        renditionWidths: [320, 640, 1280],
      })
      .returning({ id: media.id })
      .get().id;
    const modified = new Date(TEST_NOW.getTime() - 3_600_000);
    db.update(articles)
      .set({ heroMediaId: hero, modifiedAt: modified })
      .where(eq(articles.id, id))
      .run();
    expect(getSitemap({ kind: "articles", chunk: 0 }, db)).toEqual([
      {
        path: "/news/with-hero",
        lastModified: modified,
        imagePaths: ["/media/0123456789abcdef01234567-1280.jpg"],
      },
    ]);
  });

  it("answer null for a chunk with nothing published", () => {
    insertHiddenStories();
    expect(getSitemap({ kind: "articles", chunk: 0 }, db)).toBeNull();
    expect(getSitemap({ kind: "articles", chunk: 7 }, db)).toBeNull();
    expect(getSitemap({ kind: "tags", chunk: 0 }, db)).toBeNull();
  });

  it("put each story in the chunk of its id, so chunks never shift", () => {
    insertPublished("first", 2);
    db.insert(articles)
      .values({
        id: SITEMAP_CHUNK_SIZE,
        slug: "next-chunk",
        title: "T",
        body: { type: "doc", content: [] },
        status: "published",
        categoryId: news,
        publishedAt: TEST_NOW,
      })
      .run();
    expect(allPaths(getSitemap({ kind: "articles", chunk: 0 }, db))).toEqual(["/news/first"]);
    expect(allPaths(getSitemap({ kind: "articles", chunk: 1 }, db))).toEqual(["/news/next-chunk"]);
    const index = getSitemapIndex(db).map((entry) => entry.name);
    expect(index).toEqual([
      { kind: "sections" },
      { kind: "articles", chunk: 0 },
      { kind: "articles", chunk: 1 },
      { kind: "tags", chunk: 0 },
      { kind: "authors", chunk: 0 },
    ]);
  });

  it("date an article chunk by its newest change, trashing included", () => {
    const id = insertPublished("keeps", 5);
    const trashed = insertPublished("goes", 4);
    const before = getSitemapIndex(db).find((entry) => entry.name.kind === "articles");
    const later = new Date(Date.now() + 86_400_000);
    db.update(articles)
      .set({ status: "trashed", trashedAt: later, updatedAt: later })
      .where(eq(articles.id, trashed))
      .run();
    const after = getSitemapIndex(db).find((entry) => entry.name.kind === "articles");
    expect(after?.lastModified?.getTime()).toBe(later.getTime());
    expect(after?.lastModified?.getTime()).toBeGreaterThan(before?.lastModified?.getTime() ?? 0);
    expect(allPaths(getSitemap({ kind: "articles", chunk: 0 }, db))).toEqual(["/news/keeps"]);
    expect(id).toBeGreaterThan(0);
  });

  it("leave out everything when nothing is published", () => {
    insertHiddenStories();
    expect(getSitemapIndex(db).map((entry) => entry.name.kind)).toEqual(["sections"]);
  });
});

describe("getNewsSitemapArticles", () => {
  it("holds only stories published in the 48 hours before now, newest first", () => {
    insertPublished("today", 0);
    insertPublished("yesterday", 1);
    insertPublished("three-days-ago", 3);
    insertHiddenStories();
    expect(getNewsSitemapArticles(TEST_NOW, db).map((article) => article.path)).toEqual([
      "/news/today",
      "/news/yesterday",
    ]);
  });

  it("leaves out a story dated in the future", () => {
    insertPublished("today", 0);
    const later = new Date(TEST_NOW.getTime() - 3_600_000);
    expect(getNewsSitemapArticles(later, db)).toEqual([]);
  });
});

describe("getRedirectTarget", () => {
  const add = (fromPath: string, toPath: string) =>
    db.insert(redirects).values({ fromPath, toPath }).run();

  it("finds an old address", () => {
    add("/news/old", "/news/new");
    expect(getRedirectTarget("/news/old", db)).toBe("/news/new");
    expect(getRedirectTarget("/news/unknown", db)).toBeNull();
  });

  it("carries the rest of the path when a leading part moved", () => {
    add("/old-section", "/new-section");
    add("/tag/old", "/tag/new");
    expect(getRedirectTarget("/old-section/page/3", db)).toBe("/new-section/page/3");
    expect(getRedirectTarget("/old-section/feed.xml", db)).toBe("/new-section/feed.xml");
    expect(getRedirectTarget("/tag/old/page/2", db)).toBe("/tag/new/page/2");
  });

  it("follows a chain to its end and gives up on a loop", () => {
    add("/news/a", "/news/b");
    add("/news/b", "/news/c");
    expect(getRedirectTarget("/news/a", db)).toBe("/news/c");
    add("/news/x", "/news/y");
    add("/news/y", "/news/x");
    expect(getRedirectTarget("/news/x", db)).toBeNull();
  });
});

describe("getTrashedArticleSlugs", () => {
  it("lists the slugs of trashed stories that were once published", () => {
    insertHiddenStories();
    insertPublished("visible", 1);
    const draft = insertTestArticle(db, {
      slug: "trashed-draft",
      categoryId: news,
      status: "draft",
    });
    db.update(articles).set({ status: "trashed" }).where(eq(articles.id, draft)).run();
    expect(getTrashedArticleSlugs(db)).toEqual(["hidden-trashed"]);
  });
});
