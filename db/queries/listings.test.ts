import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getRelatedRanking } from "./related/get-related-ranking";
import { syncRelatedList } from "../mutations/sync-related-list";
import type { GazetiDatabase } from "../open-database";
import { ARTICLE_STATUSES } from "../schema";
import { createTestDatabase } from "../test/create-test-database";
import {
  insertTestArticle,
  insertTestCategory,
  insertTestTag,
  insertTestUser,
} from "../test/insert-test-article";
import { getArticleBySlug } from "./get-article-by-slug";
import { getAuthorListing } from "./get-author-listing";
import { getCategoryListing } from "./get-category-listing";
import { getHomePage } from "./get-home-page";
import { getTagListing } from "./get-tag-listing";

let db: GazetiDatabase;
let cleanup: () => void;
let news: number;
let sports: number;
let storyTag: number;
let writer: number;

beforeEach(() => {
  ({ db, cleanup } = createTestDatabase());
  news = insertTestCategory(db, "news", 1);
  sports = insertTestCategory(db, "sports", 2);
  storyTag = insertTestTag(db, "haiti-mission");
  writer = insertTestUser(db, "amina");
});
afterEach(() => cleanup());

const unpublishedStatuses = ARTICLE_STATUSES.filter((status) => status !== "published");

function insertHidden() {
  for (const status of unpublishedStatuses) {
    insertTestArticle(db, {
      slug: `hidden-${status.replace("_", "-")}`,
      categoryId: news,
      status,
      daysAgo: 0,
      tagIds: [storyTag],
      authorIds: [writer],
    });
  }
}

describe("category listings", () => {
  it("list published stories of the category newest first, 20 to a page", () => {
    for (let i = 0; i < 25; i++) {
      insertTestArticle(db, { slug: `story-${i}`, categoryId: news, daysAgo: i });
    }
    insertTestArticle(db, { slug: "elsewhere", categoryId: sports, daysAgo: 0 });
    const first = getCategoryListing("news", 1, db)!;
    expect(first.total).toBe(25);
    expect(first.totalPages).toBe(2);
    expect(first.items.map((a) => a.slug).slice(0, 3)).toEqual(["story-0", "story-1", "story-2"]);
    expect(first.items).toHaveLength(20);
    const second = getCategoryListing("news", 2, db)!;
    expect(second.items.map((a) => a.slug)).toEqual([
      "story-20",
      "story-21",
      "story-22",
      "story-23",
      "story-24",
    ]);
  });

  it("answer null for an unknown category or a page past the last", () => {
    insertTestArticle(db, { slug: "only", categoryId: news });
    expect(getCategoryListing("nope", 1, db)).toBeNull();
    expect(getCategoryListing("news", 2, db)).toBeNull();
  });

  it("give cards without article bodies, with the canonical path", () => {
    insertTestArticle(db, { slug: "only", categoryId: news });
    const [card] = getCategoryListing("news", 1, db)!.items;
    expect(card).not.toHaveProperty("body");
    expect(card!.path).toBe("/news/only");
  });

  it("never list drafts, scheduled, unpublished or trashed stories", () => {
    insertHidden();
    insertTestArticle(db, { slug: "visible", categoryId: news, daysAgo: 1 });
    expect(getCategoryListing("news", 1, db)!.items.map((a) => a.slug)).toEqual(["visible"]);
  });
});

describe("tag and author listings", () => {
  it("list only published stories, newest first", () => {
    insertHidden();
    for (const [slug, daysAgo] of [
      ["older", 5],
      ["newer", 1],
    ] as const) {
      insertTestArticle(db, {
        slug,
        categoryId: news,
        daysAgo,
        tagIds: [storyTag],
        authorIds: [writer],
      });
    }
    expect(getTagListing("haiti-mission", 1, db)!.items.map((a) => a.slug)).toEqual([
      "newer",
      "older",
    ]);
    const author = getAuthorListing("amina", 1, db)!;
    expect(author.items.map((a) => a.slug)).toEqual(["newer", "older"]);
    expect(author.subject.bio).toBe("About amina");
  });

  it("have no page for a tag or author with nothing published", () => {
    insertHidden();
    expect(getTagListing("haiti-mission", 1, db)).toBeNull();
    expect(getAuthorListing("amina", 1, db)).toBeNull();
    expect(getTagListing("unknown", 1, db)).toBeNull();
  });
});

describe("article by slug", () => {
  it("returns a published article with its byline, topics and body", () => {
    const id = insertTestArticle(db, {
      slug: "vote",
      categoryId: news,
      tagIds: [storyTag],
      authorIds: [writer],
    });
    const article = getArticleBySlug("vote", db)!;
    expect(article.id).toBe(id);
    expect(article.category.slug).toBe("news");
    expect(article.authors.map((a) => a.slug)).toEqual(["amina"]);
    expect(article.tags.map((t) => t.slug)).toEqual(["haiti-mission"]);
    expect(article.body).toMatchObject({ type: "doc" });
  });

  it.each(unpublishedStatuses)("never returns a %s article", (status) => {
    insertTestArticle(db, { slug: "secret", categoryId: news, status });
    expect(getArticleBySlug("secret", db)).toBeNull();
  });
});

describe("related posts", () => {
  it("puts the same story first, never the article itself, and skips unpublished ones", () => {
    const otherTag = insertTestTag(db, "elections");
    const subject = insertTestArticle(db, {
      slug: "subject",
      categoryId: news,
      daysAgo: 0,
      tagIds: [storyTag],
    });
    insertTestArticle(db, {
      slug: "same-story",
      categoryId: sports,
      daysAgo: 9,
      tagIds: [storyTag],
    });
    insertTestArticle(db, {
      slug: "same-section",
      categoryId: news,
      daysAgo: 1,
      tagIds: [otherTag],
    });
    const later = insertTestArticle(db, {
      slug: "pulled-later",
      categoryId: news,
      daysAgo: 2,
      tagIds: [storyTag],
    });
    for (const status of unpublishedStatuses) {
      insertTestArticle(db, {
        slug: `hidden-${status.replace("_", "-")}`,
        categoryId: news,
        status,
        tagIds: [storyTag],
      });
    }
    syncRelatedList(db, subject, getRelatedRanking(db, subject));
    db.$client.prepare("update articles set status = 'unpublished' where id = ?").run(later);
    const related = getArticleBySlug("subject", db)!.related.map((a) => a.slug);
    expect(related).toEqual(["same-story", "same-section"]);
  });
});

describe("home page", () => {
  it("leads with the newest story and never repeats a story in the sections", () => {
    for (let i = 0; i < 15; i++) {
      insertTestArticle(db, { slug: `n-${i}`, categoryId: i % 2 ? news : sports, daysAgo: i });
    }
    insertHidden();
    const home = getHomePage(db);
    expect(home.lead!.slug).toBe("n-0");
    const shown = [home.lead!, ...home.latest, ...home.sections.flatMap((s) => s.articles)];
    const slugs = shown.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.some((slug) => slug.startsWith("hidden"))).toBe(false);
    expect(home.sections.map((s) => s.category.slug)).toEqual(["news", "sports"]);
  });
});
