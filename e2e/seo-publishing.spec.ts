// Publishing refreshes the feeds and sitemaps at once: a story the scheduler publishes (through
// the same mutation and cache refresh as the editor's Publish button) shows in them within the
// scheduler's tick, although they were cached before, and never while it is only scheduled.
// Runs against a server of its own, because it writes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createArticle } from "@/db/mutations/create-article";
import { openDatabase } from "@/db/open-database";
import { categories, users } from "@/db/schema";
import { toNairobiLocalTime } from "@/lib/articles/to-nairobi-local-time";
import { chunkOfId } from "@/lib/seo/sitemap-chunks";
import { startSpecServer, type SpecServer } from "./start-spec-server";
import { moveArticle } from "@/db/mutations/move-article";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 71;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const SUITE_DATA_DIR = process.env.E2E_DATA_DIR ?? "data/e2e";

let server: SpecServer | undefined;
let workDir = "";
let databasePath = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), "gazeti-seo-publishing-"));
  databasePath = path.join(workDir, "gazeti.db");
  const source = new Database(path.join(SUITE_DATA_DIR, "gazeti.db"), { readonly: true });
  await source.backup(databasePath);
  source.close();
  server = await startSpecServer({
    name: "seo-publishing",
    port: PORT,
    databasePath,
    env: { SCHEDULER_INTERVAL_SECONDS: "2" },
  });
});

test.afterAll(async () => {
  await server?.stop();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

async function text(request: APIRequestContext, pathname: string): Promise<string> {
  const response = await request.get(`${BASE_URL}${pathname}`);
  expect(response.status(), pathname).toBe(200);
  return response.text();
}

// Schedules a story in News a few seconds ahead, as an editor would.
function scheduleStory(title: string, secondsAhead: number): { id: number; path: string } {
  const db = openDatabase(databasePath);
  try {
    const editor = db.select().from(users).where(eq(users.role, "administrator")).get()!;
    const section = db.select().from(categories).where(eq(categories.slug, "news")).get()!;
    const actor = { id: editor.id, role: editor.role };
    const values = {
      title,
      slug: "",
      standfirst: "Published by the scheduler for the feed test.",
      body: {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "On the wire." }] }],
      },
      categoryId: section.id,
      tags: [],
      authorIds: [editor.id],
      heroMediaId: null,
      featured: false,
      breaking: false,
    };
    const created = createArticle(db, actor, { values: { ...values, publishAt: "" } });
    const at = new Date(Date.now() + secondsAhead * 1000);
    moveArticle(db, actor, "schedule", {
      articleId: created.articleId,
      baseVersion: created.version,
      values: {
        ...values,
        publishAt: toNairobiLocalTime(at) + `:${String(at.getUTCSeconds()).padStart(2, "0")}`,
      },
    });
    return { id: created.articleId, path: created.path };
  } finally {
    db.$client.close();
  }
}

test("a scheduled story joins the feeds and sitemaps the moment it is published, not before", async ({
  request,
}) => {
  test.setTimeout(90_000);
  const title = `Wire story for the feeds ${Date.now().toString(36)}`;
  // Everything is built and cached before the story exists.
  const before = await request.get(`${BASE_URL}/feed.xml`);
  const oldEtag = before.headers()["etag"] ?? "";
  for (const doc of ["/news/feed.xml", "/news-sitemap.xml", "/sitemap.xml"]) {
    expect(await text(request, doc)).not.toContain(title);
  }
  const story = scheduleStory(title, 6);
  const chunk = `/sitemaps/articles-${chunkOfId(story.id)}.xml`;
  // Scheduled: not in any feed or sitemap, even one built for the first time now.
  expect(await text(request, "/feed.xml")).not.toContain(title);
  expect(await text(request, chunk)).not.toContain(story.path);
  expect((await request.get(`${BASE_URL}${story.path}`)).status()).toBe(404);

  await expect
    .poll(async () => text(request, "/feed.xml"), { timeout: 45_000, intervals: [1_000] })
    .toContain(title);
  const url = `${BASE_URL}${story.path}`;
  expect(await text(request, "/news/feed.xml")).toContain(title);
  expect(await text(request, "/news-sitemap.xml")).toContain(`<loc>${url}</loc>`);
  expect(await text(request, chunk)).toContain(`<loc>${url}</loc>`);
  const stale = await request.get(`${BASE_URL}/feed.xml`, {
    headers: { "If-None-Match": oldEtag },
  });
  expect(stale.status(), "the old ETag no longer matches").toBe(200);
});
