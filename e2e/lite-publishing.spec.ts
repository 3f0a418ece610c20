// Lite pages are cached like the full ones and refreshed by the same publish: a story the
// scheduler publishes (the one publishing path) appears on the lite front page and section page
// that were cached before it existed. Runs against a server of its own, because it writes.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { PAGE_CACHE_HEADER } from "@/server/page-cache/page-cache-header";
import { scheduleStory } from "./schedule-story";
import { startSpecServer, type SpecServer } from "./start-spec-server";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 73;
const BASE_URL = `http://127.0.0.1:${PORT}`;

let server: SpecServer | undefined;
let databasePath = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startSpecServer({
    name: "lite-publishing",
    port: PORT,
    env: { SCHEDULER_INTERVAL_SECONDS: "2" },
  });
  databasePath = server.databasePath;
});

test.afterAll(async () => {
  await server?.stop();
});

async function cached(request: APIRequestContext, pathname: string): Promise<string> {
  await request.get(`${BASE_URL}${pathname}`);
  const response = await request.get(`${BASE_URL}${pathname}`);
  expect(response.status(), pathname).toBe(200);
  expect(response.headers()[PAGE_CACHE_HEADER], pathname).toBe("HIT");
  return response.text();
}

test("a published story shows on the cached lite front and section pages at once", async ({
  request,
}) => {
  test.setTimeout(90_000);
  const title = `Lite edition story ${Date.now().toString(36)}`;
  for (const pathname of ["/lite", "/lite/news"]) {
    expect(await cached(request, pathname)).not.toContain(title);
  }
  const story = scheduleStory(databasePath, {
    title,
    standfirst: "Published by the scheduler for the lite edition test.",
    secondsAhead: 6,
  });
  expect((await request.get(`${BASE_URL}/lite${story.path}`)).status()).toBe(404);
  for (const pathname of ["/lite", "/lite/news"]) {
    await expect
      .poll(async () => (await request.get(`${BASE_URL}${pathname}`)).text(), {
        timeout: 45_000,
        intervals: [1_000],
      })
      .toContain(title);
  }
  const article = await request.get(`${BASE_URL}/lite${story.path}`);
  expect(article.status()).toBe(200);
  expect(await article.text()).toContain(title);
});
