import path from "node:path";
import { asc, count, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import type { GazetiDatabase } from "../open-database";
import { articles, categories, media, relatedArticles, tags, users } from "../schema";
import { createTestDatabase } from "../test/create-test-database";
import { demoArticles } from "./demo-articles";
import { seedDemoNewsroom } from "./seed-demo-newsroom";

// Rendition files are content-addressed, so this shares the end-to-end suite's media folder:
// whichever runs first makes the images, the other finds them made.
const dataDir = path.resolve("data/e2e");
const now = new Date("2026-11-28T06:00:00Z");
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function freshDatabase(): GazetiDatabase {
  const { db, cleanup } = createTestDatabase();
  cleanups.push(cleanup);
  return db;
}

const countOf = (db: GazetiDatabase, table: typeof articles | typeof categories | typeof tags) =>
  db.select({ n: count() }).from(table).get()!.n;

function snapshot(db: GazetiDatabase) {
  return {
    articles: db
      .select({ slug: articles.slug, publishedAt: articles.publishedAt, hero: media.hash })
      .from(articles)
      .leftJoin(media, eq(media.id, articles.heroMediaId))
      .orderBy(asc(articles.id))
      .all(),
    related: db
      .select()
      .from(relatedArticles)
      .orderBy(asc(relatedArticles.articleId), asc(relatedArticles.position))
      .all(),
  };
}

// The first seed on a fresh machine encodes every rendition (a minute or two on two cores).
describe("seeding the demo newsroom", { timeout: 600_000 }, () => {
  it("fills an empty database and marks it as demo content, in a stable way", async () => {
    const first = freshDatabase();
    const result = await seedDemoNewsroom(first, { now, dataDir });
    expect(result).toMatchObject({ seeded: true, articles: demoArticles.length });
    expect(countOf(first, categories)).toBe(8);
    expect(countOf(first, tags)).toBeGreaterThanOrEqual(40);
    expect(first.select({ n: count() }).from(users).get()!.n).toBeGreaterThanOrEqual(6);
    const times = first.select({ publishedAt: articles.publishedAt }).from(articles).all();
    for (const { publishedAt } of times) {
      expect(publishedAt!.getTime()).toBeLessThan(now.getTime());
      expect(publishedAt!.getTime()).toBeGreaterThan(now.getTime() - 60 * 86_400_000);
    }

    const second = freshDatabase();
    await seedDemoNewsroom(second, { now, dataDir });
    expect(snapshot(second)).toEqual(snapshot(first));
  });

  it("is idempotent: a second run changes nothing", async () => {
    const db = freshDatabase();
    await seedDemoNewsroom(db, { now, dataDir });
    const before = snapshot(db);
    const again = await seedDemoNewsroom(db, { now, dataDir });
    expect(again.seeded).toBe(false);
    expect(snapshot(db)).toEqual(before);
  });

  it("never touches a database that already has content", async () => {
    const db = freshDatabase();
    db.insert(categories).values({ slug: "local", name: "Local" }).run();
    const result = await seedDemoNewsroom(db, { now, dataDir });
    expect(result.seeded).toBe(false);
    expect(countOf(db, categories)).toBe(1);
    expect(countOf(db, articles)).toBe(0);
  });
});
