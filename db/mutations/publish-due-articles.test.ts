import { spawn } from "node:child_process";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type GazetiDatabase } from "../open-database";
import { articleRevisions, articles, auditLog } from "../schema";
import {
  createTestNewsroom,
  testArticleValues,
  type TestNewsroom,
} from "../test/create-test-newsroom";
import { createArticle } from "./create-article";
import { expireBreakingNews } from "./expire-breaking-news";
import { publishDueArticles } from "./publish-due-articles";
import { toNairobiLocalTime } from "@/lib/articles/to-nairobi-local-time";
import { moveArticle } from "./move-article";

const NOW = new Date("2026-11-20T09:00:00Z");
const DUE = new Date("2026-11-20T09:30:00Z");

let newsroom: TestNewsroom;
let db: GazetiDatabase;

beforeEach(() => {
  newsroom = createTestNewsroom();
  db = newsroom.db;
});
afterEach(() => newsroom.cleanup());

function schedule(title: string, at: Date, overrides: Record<string, unknown> = {}): number {
  const values = testArticleValues(newsroom, { title, ...overrides });
  const created = createArticle(db, newsroom.actors.editor, { values }, { now: NOW });
  moveArticle(
    db,
    newsroom.actors.editor,
    "schedule",
    {
      articleId: created.articleId,
      baseVersion: created.version,
      values: { ...values, publishAt: toNairobiLocalTime(at) },
    },
    { now: NOW },
  );
  return created.articleId;
}

function publishRevisions(id: number): number {
  return db
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, id), eq(articleRevisions.kind, "publish")))
    .all().length;
}

describe("publishing scheduled stories", () => {
  it("publishes what is due and nothing else, with the steps of a manual publish", () => {
    const due = schedule("Budget vote tonight", DUE);
    const later = schedule("Cabinet reshuffle expected", new Date("2026-11-20T12:00:00Z"));
    const result = publishDueArticles(db, { now: new Date("2026-11-20T09:30:05Z") });
    expect(result.publishedIds).toEqual([due]);
    expect(db.select().from(articles).where(eq(articles.id, due)).get()).toMatchObject({
      status: "published",
      publishedAt: new Date("2026-11-20T09:30:05Z"),
    });
    expect(db.select().from(articles).where(eq(articles.id, later)).get()?.status).toBe(
      "scheduled",
    );
    expect(
      db.all(sql`select rowid from articles_fts where articles_fts match 'budget'`),
    ).toHaveLength(1);
    expect(result.cacheTags).toEqual(
      expect.arrayContaining([`article:${due}`, "home", "category:news", "feeds", "sitemaps"]),
    );
    expect(publishRevisions(due)).toBe(1);
    expect(
      db.select().from(auditLog).where(eq(auditLog.action, "article.published")).get(),
    ).toMatchObject({ userId: null, targetId: due });
  });

  it("publishes each story once however often it runs", () => {
    const id = schedule("Budget vote tonight", DUE);
    expect(publishDueArticles(db, { now: DUE }).publishedIds).toEqual([id]);
    expect(publishDueArticles(db, { now: DUE }).publishedIds).toEqual([]);
    const second = openDatabase(newsroom.file);
    try {
      expect(publishDueArticles(second, { now: DUE }).publishedIds).toEqual([]);
    } finally {
      second.$client.close();
    }
    expect(publishRevisions(id)).toBe(1);
  });

  it("catches up on every story missed while the server was down", () => {
    const ids = [
      schedule("First missed story", new Date("2026-11-20T09:10:00Z")),
      schedule("Second missed story", new Date("2026-11-20T09:20:00Z")),
    ];
    expect(publishDueArticles(db, { now: new Date("2026-11-20T18:00:00Z") }).publishedIds).toEqual(
      ids,
    );
  });

  it("publishes each story exactly once when two servers run it at the same moment", async () => {
    const ids = Array.from({ length: 12 }, (_, i) => schedule(`Scheduled story ${i}`, DUE));
    const script = path.resolve("db/test/run-publish-due.ts");
    const startAt = Date.now() + 1500;
    const run = () =>
      new Promise<number[]>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          ["--import", "tsx", script, newsroom.file, String(startAt), String(DUE.getTime())],
          { stdio: ["ignore", "pipe", "pipe"] },
        );
        let out = "";
        let err = "";
        child.stdout.on("data", (chunk) => (out += chunk));
        child.stderr.on("data", (chunk) => (err += chunk));
        child.on("exit", (code) =>
          code === 0 ? resolve(JSON.parse(out) as number[]) : reject(new Error(err)),
        );
      });
    const [first, second] = await Promise.all([run(), run()]);
    expect([...first!, ...second!].sort((a, b) => a - b)).toEqual(ids);
    for (const id of ids) expect(publishRevisions(id)).toBe(1);
  }, 30_000);

  it("starts the breaking window of a breaking story when it goes live", () => {
    const id = schedule("Breaking: budget passes", DUE, { breaking: true });
    publishDueArticles(db, { now: DUE });
    expect(db.select().from(articles).where(eq(articles.id, id)).get()?.breakingUntil).toEqual(
      new Date(DUE.getTime() + 6 * 3_600_000),
    );
  });
});

describe("the scheduler and a manual publish", () => {
  it("count a republished story's breaking window from its first publication alike", () => {
    const editor = newsroom.actors.editor;
    const values = testArticleValues(newsroom, { title: "Breaking: verdict", breaking: true });
    const created = createArticle(db, editor, { values }, { now: NOW });
    const request = (version: number) => ({ articleId: created.articleId, baseVersion: version });
    const live = moveArticle(
      db,
      editor,
      "publish",
      { ...request(created.version), values },
      { now: NOW },
    );
    const pulled = moveArticle(db, editor, "unpublish", request(live.version), { now: NOW });
    const later = new Date(NOW.getTime() + 24 * 3_600_000);
    const due = new Date(later.getTime() + 30 * 60_000);
    moveArticle(
      db,
      editor,
      "schedule",
      { ...request(pulled.version), values: { ...values, publishAt: toNairobiLocalTime(due) } },
      { now: later },
    );
    publishDueArticles(db, { now: due });
    const row = db.select().from(articles).where(eq(articles.id, created.articleId)).get();
    expect(row?.status).toBe("published");
    expect(row?.breakingUntil).toEqual(new Date(NOW.getTime() + 6 * 3_600_000));
  });
});

describe("breaking news expiry", () => {
  it("clears windows that have run out and names the pages that showed the banner", () => {
    const id = schedule("Breaking: budget passes", DUE, { breaking: true });
    publishDueArticles(db, { now: DUE });
    expect(expireBreakingNews(db, { now: new Date(DUE.getTime() + 3_600_000) }).articleIds).toEqual(
      [],
    );
    const expired = expireBreakingNews(db, { now: new Date(DUE.getTime() + 7 * 3_600_000) });
    expect(expired.articleIds).toEqual([id]);
    expect(expired.cacheTags).toEqual(expect.arrayContaining(["nav", `article:${id}`]));
    expect(db.select().from(articles).where(eq(articles.id, id)).get()?.breakingUntil).toBeNull();
  });
});
