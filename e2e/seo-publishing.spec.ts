// Publishing refreshes the feeds and sitemaps at once: a story the scheduler publishes (through
// the same mutation and cache refresh as the editor's Publish button) shows in them within the
// scheduler's tick, although they were cached before, and never while it is only scheduled.
// Runs against a server of its own, because it writes.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { chunkOfId } from "@/lib/seo/sitemap-chunks";
import { scheduleStory } from "./schedule-story";
import { startSpecServer, type SpecServer } from "./start-spec-server";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 71;
const BASE_URL = `http://127.0.0.1:${PORT}`;

let server: SpecServer | undefined;
let databasePath = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startSpecServer({
    name: "seo-publishing",
    port: PORT,
    env: { SCHEDULER_INTERVAL_SECONDS: "2" },
  });
  databasePath = server.databasePath;
});

test.afterAll(async () => {
  await server?.stop();
});

async function text(request: APIRequestContext, pathname: string): Promise<string> {
  const response = await request.get(`${BASE_URL}${pathname}`);
  expect(response.status(), pathname).toBe(200);
  return response.text();
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
  const story = scheduleStory(databasePath, {
    title,
    standfirst: "Published by the scheduler for the feed test.",
    secondsAhead: 6,
  });
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
