import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { GazetiDatabase } from "../../open-database";
import { articles } from "../../schema";
import { createTestDatabase } from "../../test/create-test-database";
import {
  insertTestArticle,
  insertTestCategory,
  insertTestUser,
} from "../../test/insert-test-article";
import { getDashboard } from "./get-dashboard";

let db: GazetiDatabase;
let cleanup: () => void;

beforeEach(() => ({ db, cleanup } = createTestDatabase()));
afterEach(() => cleanup());

describe("the newsroom dashboard", () => {
  it("shows editors every story waiting for review, and contributors only their own", () => {
    const category = insertTestCategory(db, "news");
    const reporter = insertTestUser(db, "reporter");
    const colleague = insertTestUser(db, "colleague");
    const mine = insertTestArticle(db, {
      slug: "mine",
      categoryId: category,
      status: "in_review",
      authorIds: [reporter],
    });
    const theirs = insertTestArticle(db, {
      slug: "theirs",
      categoryId: category,
      status: "in_review",
      authorIds: [colleague],
    });
    const draft = insertTestArticle(db, { slug: "draft", categoryId: category, status: "draft" });
    db.update(articles).set({ createdById: reporter }).where(eq(articles.id, draft)).run();
    const published = insertTestArticle(db, {
      slug: "out",
      categoryId: category,
      authorIds: [colleague],
    });

    const editor = getDashboard({ id: 999, role: "editor" }, db);
    expect(editor.inReview.map((row) => row.id).sort()).toEqual([mine, theirs].sort());
    expect(editor.showsEveryone).toBe(true);

    const contributor = getDashboard({ id: reporter, role: "contributor" }, db);
    expect(contributor.inReview.map((row) => row.id)).toEqual([mine]);
    expect(contributor.mine.map((row) => row.id).sort()).toEqual([mine, draft].sort());
    expect(contributor.recentlyPublished.map((row) => row.id)).toEqual([published]);
    expect(contributor.recentlyPublished[0]).toMatchObject({
      categoryName: "News",
      authorNames: ["colleague"],
      status: "published",
    });
  });
});
