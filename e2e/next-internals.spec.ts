// Canaries against the production build for the private Next.js APIs in server/next-internals/
// (docs/decisions/0011-next-internals.md): what a Next upgrade could change without a unit test
// noticing. That Next marks a page answered from its own cache with x-nextjs-cache: HIT is
// checked by e2e/perf-query-counter.spec.ts, whose server runs without the page cache.
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { NEXT_RSC_REQUEST } from "@/server/next-internals/next-rsc-request";
import { readBuiltNextConfig } from "@/server/next-internals/read-built-next-config";
import { routeCacheDir } from "@/server/next-internals/route-cache-dir";
import { PAGE_CACHE_HEADER } from "@/server/page-cache/page-cache-header";
import { findArticlePath } from "./fixtures";

const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const { rsc, routerPrefetch } = NEXT_RSC_REQUEST.headers;

test.describe("the production build", () => {
  test("holds the configuration it resolved, which the server starts from", () => {
    // scripts/serve.ts hands this to Next instead of loading next.config.ts again.
    const config = readBuiltNextConfig(DIST_DIR);
    expect(config.cacheHandler).toMatch(/server\/next-internals\/isr-cache-handler\.mjs$/);
    expect(config.cacheMaxMemorySize).toBe(16 * 1024 * 1024);
    expect(config.poweredByHeader).toBe(false);
  });

  test("keeps rendered pages in the folder the start script empties", async ({ request }) => {
    await request.get(await findArticlePath(request));
    await expect.poll(() => fs.existsSync(routeCacheDir(DIST_DIR))).toBe(true);
  });
});

test.describe("Next's client-side requests", () => {
  test("are never answered from the page cache, while the same page asked for normally is", async ({
    request,
  }) => {
    const path = await findArticlePath(request);
    await request.get(path);
    const page = await request.get(path);
    expect(page.headers()[PAGE_CACHE_HEADER]).toBe("HIT");

    const clientRequests: [string, string, Record<string, string>][] = [
      ["a navigation", path, { [rsc]: "1" }],
      ["a prefetch", path, { [rsc]: "1", [routerPrefetch]: "1" }],
      [
        "a navigation with the cache-busting query",
        `${path}?${NEXT_RSC_REQUEST.query}=a1b2c`,
        {
          [rsc]: "1",
        },
      ],
    ];
    for (const [name, url, headers] of clientRequests) {
      const response = await request.get(url, { headers });
      expect(response.status(), name).toBe(200);
      expect(response.headers()[PAGE_CACHE_HEADER], name).toBeUndefined();
      // Next still takes these headers for a request for an RSC payload, not a page.
      expect(response.headers()["content-type"], name).toContain(NEXT_RSC_REQUEST.contentType);
    }
    const bare = await request.get(`${path}?${NEXT_RSC_REQUEST.query}=a1b2c`);
    expect(bare.headers()[PAGE_CACHE_HEADER]).toBeUndefined();

    const again = await request.get(path);
    expect(again.headers()[PAGE_CACHE_HEADER]).toBe("HIT");
    expect(again.headers()["content-type"]).toContain("text/html");
  });
});
