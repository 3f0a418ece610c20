// A cached public page costs no SQL: the second request for each page type (and for a redirect
// settled before rendering) runs no statement at all (the trash check's once-a-second freshness
// probe aside, which db/query-counter.ts leaves out: it reads no table). Counted by the server itself
// (GAZETI_QUERY_COUNTER=1: better-sqlite3 reports every statement it executes), on a server of
// this spec's own, so that no other spec's requests add to the count. Its page cache is off: this
// is about Next's own cache, which the page cache's misses read (docs/decisions/0010).
import http from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { LITE_PREFIX } from "@/lib/lite/lite-paths";
import { NEXT_CACHE_HEADER } from "@/server/next-internals/next-cache-header";
import { NEXT_IMPLICIT_TAG_PREFIX } from "@/server/next-internals/next-implicit-tag-prefix.mjs";
import { PAGE_CACHE_HEADER } from "@/server/page-cache/page-cache-header";
import { startSpecServer, type SpecServer } from "./start-spec-server";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 61;
const BASE_URL = `http://127.0.0.1:${PORT}`;

let server: SpecServer | undefined;
let purgeRecorder: http.Server | undefined;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // Stands in for Varnish: pages then carry surrogate keys, as they do behind a purgeable cache.
  purgeRecorder = http.createServer((_request, response) => response.end("ok"));
  await new Promise<void>((resolve) => purgeRecorder!.listen(0, "127.0.0.1", resolve));
  const purgePort = (purgeRecorder.address() as { port: number }).port;
  server = await startSpecServer({
    name: "perf-counter",
    port: PORT,
    env: {
      GAZETI_QUERY_COUNTER: "1",
      PAGE_CACHE_MB: "0",
      // No scheduler ticks (each runs a few statements) between two counter readings.
      SCHEDULER_INTERVAL_SECONDS: "0",
      HTTP_CACHE_PURGE_URL: `http://127.0.0.1:${purgePort}/`,
    },
  });
});

test.afterAll(async () => {
  await server?.stop();
  purgeRecorder?.close();
});

async function statements(request: APIRequestContext): Promise<number> {
  const response = await request.get(`${BASE_URL}/api/internal/query-count`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { statements: number }).statements;
}

// Paths of one page of each type, found by following the demo newsroom's own links.
async function publicPaths(request: APIRequestContext) {
  const home = await (await request.get(`${BASE_URL}/`)).text();
  const links = [...home.matchAll(/href="(\/[^"#?]*)"/g)].map((match) => match[1]!);
  const article = links.find(
    (link) => /^\/[a-z0-9-]+\/[a-z0-9-]+$/.test(link) && !/^\/(tag|author)\//.test(link),
  )!;
  const [, category, slug] = article.split("/");
  const articleHtml = await (await request.get(`${BASE_URL}${article}`)).text();
  const pick = (pattern: RegExp, html: string) => pattern.exec(html)?.[1] ?? null;
  // Another section: the home page also links to its data-saver twin, which is not one.
  const otherCategory = links.find(
    (link) => /^\/[a-z0-9-]+$/.test(link) && link !== `/${category}` && link !== LITE_PREFIX,
  )!;
  return {
    article,
    category: `/${category}`,
    // The demo newsroom's sections fit on one page: /page/1 is a redirect to the section.
    categoryPage1: `/${category}/page/1`,
    tag: pick(/href="(\/tag\/[a-z0-9-]+)"/, articleHtml),
    author: pick(/href="(\/author\/[a-z0-9-]+)"/, articleHtml),
    sitePage: pick(/href="(\/(?:about|contact|corrections))"/, home),
    // The story asked for under another section: a permanent redirect settled before rendering.
    redirect: `${otherCategory}/${slug}`,
  };
}

test("a second request for a feed or a sitemap runs no SQL", async ({ request }) => {
  const index = await (await request.get(`${BASE_URL}/sitemap.xml`)).text();
  const chunk = /<loc>[^<]*?(\/sitemaps\/[^<]+)<\/loc>/.exec(index)?.[1];
  for (const documentPath of ["/feed.xml", "/sitemap.xml", chunk, "/news-sitemap.xml"]) {
    expect(documentPath, "a sitemap chunk named by the index").toBeTruthy();
    const url = `${BASE_URL}${documentPath}`;
    expect((await request.get(url)).status(), documentPath).toBe(200);
    const before = await statements(request);
    expect((await request.get(url)).status(), documentPath).toBe(200);
    expect.soft(await statements(request), `statements run for ${documentPath}`).toBe(before);
  }
});

// A canary for docs/decisions/0011-next-internals.md: the page cache and the Varnish
// configuration read this header's name and states, which Next does not export.
test("Next still marks a page it answers from its own cache as a hit", async ({ request }) => {
  await request.get(`${BASE_URL}/`);
  const cached = await request.get(`${BASE_URL}/`);
  expect(cached.status()).toBe(200);
  // Answered by Next itself: this server runs without the page cache.
  expect(cached.headers()[PAGE_CACHE_HEADER]).toBeUndefined();
  expect(cached.headers()[NEXT_CACHE_HEADER.name]).toBe(NEXT_CACHE_HEADER.hit);
});

test("the counter counts: an uncached render runs SQL", async ({ request }) => {
  const before = await statements(request);
  const response = await request.get(`${BASE_URL}/api/health`);
  expect(response.status()).toBe(200);
  expect(await statements(request)).toBeGreaterThan(before);
});

test("cached pages carry their cache tags as surrogate keys, fresh and from the cache", async ({
  request,
}) => {
  const paths = await publicPaths(request);
  const expected: [string, RegExp][] = [
    ["/", /(^| )home( |$)/],
    [paths.article, /(^| )article:\d+( |$)/],
    [paths.category, new RegExp(`(^| )category:${paths.category.slice(1)}( |$)`)],
  ];
  for (const [pagePath, key] of expected) {
    for (const attempt of ["first", "second"]) {
      const response = await request.get(`${BASE_URL}${pagePath}`);
      const keys = response.headers()["surrogate-key"] ?? "";
      expect(keys, `${attempt} response for ${pagePath}`).toMatch(key);
      expect(keys, `${attempt} response for ${pagePath}`).toMatch(/(^| )nav( |$)/);
      expect(keys).not.toContain(NEXT_IMPLICIT_TAG_PREFIX);
    }
  }
});

test("without a purgeable HTTP cache configured, pages carry no surrogate keys", async ({
  request,
  baseURL,
}) => {
  const response = await request.get(`${baseURL}/`);
  expect(response.status()).toBe(200);
  expect(response.headers()["surrogate-key"]).toBeUndefined();
});

test("a second request for a cached public page runs no SQL", async ({ request }) => {
  const paths = await publicPaths(request);
  const pages: [string, string | null][] = [
    ["home", "/"],
    ["article", paths.article],
    ["category", paths.category],
    ["redirect from a section's page 1", paths.categoryPage1],
    ["tag", paths.tag],
    ["author", paths.author],
    ["site page", paths.sitePage],
    ["redirect to the article's section", paths.redirect],
  ];
  for (const [name, pagePath] of pages) {
    expect(pagePath, `${name} found on the demo newsroom`).toBeTruthy();
    const url = `${BASE_URL}${pagePath}`;
    const first = await request.get(url, { maxRedirects: 0 });
    expect([200, 308], `${name} ${pagePath}`).toContain(first.status());
    const before = await statements(request);
    const second = await request.get(url, { maxRedirects: 0 });
    const after = await statements(request);
    expect(second.status(), `${name} ${pagePath}`).toBe(first.status());
    expect(second.headers()[NEXT_CACHE_HEADER.name], `${name} ${pagePath}`).toBe(
      NEXT_CACHE_HEADER.hit,
    );
    expect
      .soft(after - before, `statements run by the second request for ${name} ${pagePath}`)
      .toBe(0);
  }
});
