import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recordViews } from "../mutations/record-views";
import type { GazetiDatabase } from "../open-database";
import { articles, articleViewsDaily } from "../schema";
import { createTestDatabase } from "../test/create-test-database";
import { insertTestArticle, insertTestCategory } from "../test/insert-test-article";
import { getMostRead } from "./get-most-read";

// 18:00 UTC: three quarters of today have passed, so a quarter of yesterday is in the window.
const NOW = new Date("2026-11-20T18:00:00Z");
const TODAY = "2026-11-20";
const YESTERDAY = "2026-11-19";

let db: GazetiDatabase;
let cleanup: () => void;
let ids: number[];

beforeEach(() => {
  ({ db, cleanup } = createTestDatabase());
  const news = insertTestCategory(db, "news");
  ids = Array.from({ length: 7 }, (_, i) =>
    insertTestArticle(db, { slug: `story-${i}`, categoryId: news }),
  );
});
afterEach(() => cleanup());

const views = (articleId: number, day: string, count: number) => ({ articleId, day, views: count });
const order = (limit = 5) => getMostRead({ now: NOW, limit }, db).items.map((item) => item.id);

describe("recordViews", () => {
  it("adds batches to the daily totals and drops ids that are not published articles", () => {
    recordViews(db, [views(ids[0]!, TODAY, 3), views(424242, TODAY, 9)]);
    recordViews(db, [views(ids[0]!, TODAY, 2)]);
    db.update(articles).set({ status: "draft" }).where(eq(articles.id, ids[1]!)).run();
    recordViews(db, [views(ids[1]!, TODAY, 5)]);
    expect(db.select().from(articleViewsDaily).all()).toEqual([
      { articleId: ids[0], day: TODAY, views: 5 },
    ]);
  });
});

describe("getMostRead", () => {
  it("ranks the last 24 hours, counting only the part of yesterday inside them", () => {
    recordViews(db, [
      views(ids[0]!, TODAY, 10),
      views(ids[1]!, YESTERDAY, 36), // a quarter counts: 9
      views(ids[2]!, TODAY, 8),
      views(ids[2]!, YESTERDAY, 8), // 8 + 2 = 10, ties with ids[0]: the newer id first
      views(ids[3]!, TODAY, 1),
      views(ids[4]!, TODAY, 2),
      views(ids[5]!, "2026-11-17", 1000),
    ]);
    const result = getMostRead({ now: NOW, limit: 5 }, db);
    expect(result.window).toBe("day");
    expect(result.items.map((item) => item.id)).toEqual([ids[2], ids[0], ids[1], ids[4], ids[3]]);
    expect(result.items[0]).toMatchObject({ path: "/news/story-2", section: "News" });
  });

  it("falls back to the last 7 days while the last day has too few stories", () => {
    recordViews(db, [
      views(ids[0]!, TODAY, 4),
      views(ids[1]!, "2026-11-16", 50),
      views(ids[2]!, "2026-11-14", 20),
      views(ids[3]!, "2026-11-13", 999), // eight days ago: out of the week
    ]);
    const result = getMostRead({ now: NOW, limit: 5 }, db);
    expect(result.window).toBe("week");
    expect(result.items.map((item) => item.id)).toEqual([ids[1], ids[2], ids[0]]);
  });

  it("leaves out stories that are no longer published", () => {
    recordViews(db, [views(ids[0]!, TODAY, 9), views(ids[1]!, TODAY, 5)]);
    db.update(articles).set({ status: "unpublished" }).where(eq(articles.id, ids[0]!)).run();
    expect(order(5)).toEqual([ids[1]]);
  });
});
