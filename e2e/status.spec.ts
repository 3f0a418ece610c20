// Raw status codes and redirects, read with the API client and no redirect following, so each
// assertion sees exactly what a crawler sees. Missing things use fresh random slugs: the answer
// checked is the first one the server ever gives for that address, not a cached one.
import { expect, test, type APIRequestContext } from "@playwright/test";
import {
  findArticlePath,
  HAITI_TAG,
  locationHeaders,
  NOT_FOUND_HEADING,
  randomInt,
  redirectTarget,
  uniqueSlug,
} from "./fixtures";

const NO_REDIRECTS = { maxRedirects: 0 } as const;

async function statusOf(request: APIRequestContext, path: string): Promise<number> {
  const response = await request.get(path, NO_REDIRECTS);
  return response.status();
}

async function expectRedirect(
  request: APIRequestContext,
  baseURL: string,
  from: string,
  to: string,
): Promise<void> {
  const response = await request.get(from, NO_REDIRECTS);
  expect(response.status(), `${from} should redirect permanently`).toBe(308);
  expect(redirectTarget(response, baseURL), `${from} should redirect to ${to}`).toBe(to);
}

test.describe("missing content", () => {
  test("an unknown category answers 404 on its first request", async ({ request }) => {
    expect(await statusOf(request, `/${uniqueSlug("no-such-section")}`)).toBe(404);
  });

  test("an unknown article slug in a real category answers 404 on its first request", async ({
    request,
  }) => {
    expect(await statusOf(request, `/news/${uniqueSlug("no-such-story")}`)).toBe(404);
    expect(await statusOf(request, `/sports/${uniqueSlug("no-such-story")}`)).toBe(404);
  });

  test("an unknown article slug in an unknown category answers 404", async ({ request }) => {
    const path = `/${uniqueSlug("no-such-section")}/${uniqueSlug("no-such-story")}`;
    expect(await statusOf(request, path)).toBe(404);
  });

  test("an unknown tag answers 404 on its first request", async ({ request }) => {
    expect(await statusOf(request, `/tag/${uniqueSlug("no-such-tag")}`)).toBe(404);
  });

  test("an unknown author answers 404 on its first request", async ({ request }) => {
    expect(await statusOf(request, `/author/${uniqueSlug("no-such-author")}`)).toBe(404);
  });

  test("a 404 is still a 404 on the second and third request", async ({ request }) => {
    const paths = [
      `/${uniqueSlug("no-such-section")}`,
      `/world/${uniqueSlug("no-such-story")}`,
      `/tag/${uniqueSlug("no-such-tag")}`,
      `/author/${uniqueSlug("no-such-author")}`,
    ];
    for (const path of paths) {
      const statuses = [];
      for (let attempt = 0; attempt < 3; attempt++) statuses.push(await statusOf(request, path));
      expect(statuses, `repeated requests for ${path}`).toEqual([404, 404, 404]);
    }
  });

  test("a 404 carries the designed not-found page", async ({ page }) => {
    const response = await page.goto(`/crime/${uniqueSlug("no-such-story")}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND_HEADING);
    await expect(page.getByRole("link", { name: "Go to the front page" })).toHaveAttribute(
      "href",
      "/",
    );
  });

  test("a 404 is titled Page not found and kept out of search indexes", async ({ request }) => {
    const response = await request.get(`/tag/${uniqueSlug("no-such-tag")}`, NO_REDIRECTS);
    expect(response.status()).toBe(404);
    const html = await response.text();
    expect(html).toContain("<title>Page not found | Gazeti</title>");
    expect(html).toMatch(/<meta name="robots" content="noindex"\/>/);
  });

  test("a 404 keeps its Page not found title once the browser has rendered it", async ({
    page,
  }) => {
    const response = await page.goto(`/author/${uniqueSlug("no-such-author")}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND_HEADING);
    await expect(page).toHaveTitle("Page not found | Gazeti", { timeout: 2_000 });
  });

  test("invalid article slugs answer 404 or a redirect, never a server error", async ({
    request,
  }) => {
    const invalid = [
      "Bad_Slug",
      `bad_slug_${randomInt(1000, 9999)}`,
      "a".repeat(200),
      `${uniqueSlug("long")}-${"x".repeat(200)}`,
      "double--hyphen",
      "-leading-hyphen",
      "trailing-hyphen-",
      "%20space",
      "caf%C3%A9",
      "..%2F..%2Fetc%2Fpasswd",
    ];
    for (const slug of invalid) {
      let path = `/news/${slug}`;
      const chain: number[] = [];
      // Follow a short redirect chain by hand: every hop must be a redirect or the final 404.
      for (let hop = 0; hop < 4; hop++) {
        const response = await request.get(path, NO_REDIRECTS);
        chain.push(response.status());
        if (response.status() !== 308 && response.status() !== 307) break;
        path = redirectTarget(response, "http://localhost");
      }
      expect(chain.at(-1), `/news/${slug} answered ${chain.join(" → ")}`).toBe(404);
      expect(chain.every((status) => status < 500)).toBe(true);
    }
  });
});

test.describe("listing pagination", () => {
  const category = "politics";

  test("page 1 of a category redirects to the category itself", async ({ request, baseURL }) => {
    await expectRedirect(request, baseURL!, `/${category}/page/1`, `/${category}`);
  });

  test("page numbers that are not canonical positive integers answer 404", async ({ request }) => {
    const bad = ["0", "-1", "abc", "1e9", "01", "1.5", "999", `${randomInt(100, 999)}`];
    bad.push(`${randomInt(100000, 999999)}`, `x${randomInt(1000, 9999)}`);
    for (const n of bad) {
      expect(await statusOf(request, `/${category}/page/${n}`), `/${category}/page/${n}`).toBe(404);
    }
  });

  test("a page past the last one answers 404", async ({ request }) => {
    const first = await request.get("/business", NO_REDIRECTS);
    expect(first.status()).toBe(200);
    // The last page is the highest one the pagination links to (none: a single page).
    const linked = [...(await first.text()).matchAll(/href="\/business\/page\/(\d+)"/g)];
    const last = Math.max(1, ...linked.map((match) => Number(match[1])));
    if (last > 1) expect(await statusOf(request, `/business/page/${last}`)).toBe(200);
    expect(await statusOf(request, `/business/page/${last + 1}`)).toBe(404);
  });

  test("pages of an unknown category answer 404, even page 1", async ({ request }) => {
    const unknown = uniqueSlug("no-such-section");
    expect(await statusOf(request, `/${unknown}/page/1`)).toBe(404);
    expect(await statusOf(request, `/${unknown}/page/2`)).toBe(404);
  });

  test("the legacy ?page=N query redirects to the page path", async ({ request, baseURL }) => {
    await expectRedirect(request, baseURL!, `/${category}?page=2`, `/${category}/page/2`);
    await expectRedirect(request, baseURL!, `/${category}?page=7`, `/${category}/page/7`);
    await expectRedirect(request, baseURL!, `/${category}?page=1`, `/${category}`);
    await expectRedirect(request, baseURL!, `/tag/${HAITI_TAG}?page=3`, `/tag/${HAITI_TAG}/page/3`);
  });

  test("a legacy ?page= query with a bad number redirects to the first page", async ({
    request,
    baseURL,
  }) => {
    await expectRedirect(request, baseURL!, `/${category}?page=abc`, `/${category}`);
    await expectRedirect(request, baseURL!, `/${category}?page=0`, `/${category}`);
  });
});

test.describe("canonical addresses", () => {
  test("an article under the wrong category redirects to its canonical URL", async ({
    request,
    baseURL,
  }) => {
    const canonical = await findArticlePath(request, "news");
    const slug = canonical.split("/")[2];
    await expectRedirect(request, baseURL!, `/sports/${slug}`, canonical);
    // And again: the redirect must not turn into a page once something is cached.
    await expectRedirect(request, baseURL!, `/sports/${slug}`, canonical);
  });

  test("an article under an unknown category redirects to its canonical URL", async ({
    request,
    baseURL,
  }) => {
    const canonical = await findArticlePath(request, "world");
    const slug = canonical.split("/")[2];
    await expectRedirect(request, baseURL!, `/${uniqueSlug("old-section")}/${slug}`, canonical);
  });

  test("the canonical article URL answers 200", async ({ request }) => {
    const canonical = await findArticlePath(request, "counties");
    expect(await statusOf(request, canonical)).toBe(200);
  });

  test("capital letters in the path redirect to the lowercase path", async ({
    request,
    baseURL,
  }) => {
    const canonical = await findArticlePath(request, "business");
    await expectRedirect(request, baseURL!, canonical.toUpperCase(), canonical);
    await expectRedirect(request, baseURL!, "/News", "/news");
    await expectRedirect(request, baseURL!, `/TAG/${HAITI_TAG.toUpperCase()}`, `/tag/${HAITI_TAG}`);
    const missing = uniqueSlug("never-seen");
    await expectRedirect(request, baseURL!, `/news/${missing.toUpperCase()}`, `/news/${missing}`);
  });

  test("a trailing slash redirects to the path without it", async ({ request, baseURL }) => {
    const canonical = await findArticlePath(request, "africa");
    await expectRedirect(request, baseURL!, `${canonical}/`, canonical);
    await expectRedirect(request, baseURL!, "/africa/", "/africa");
    await expectRedirect(request, baseURL!, `/tag/${HAITI_TAG}/`, `/tag/${HAITI_TAG}`);
    const missing = uniqueSlug("never-seen");
    await expectRedirect(request, baseURL!, `/africa/${missing}/`, `/africa/${missing}`);
  });

  test("every redirect sends exactly one Location header", async ({ request }) => {
    // A redirect made by permanentRedirect() inside a page used to carry Location twice on its
    // first, uncached answer; server/next-internals/isr-cache-handler.mjs keeps one.
    const canonical = await findArticlePath(request, "news");
    const slug = canonical.split("/")[2];
    const redirects = [
      "/News",
      "/news/",
      "/news?page=2",
      "/home/main",
      // Never requested before, so answered by rendering rather than from the cache.
      `/${uniqueSlug("old-section")}/${slug}`,
    ];
    const counts: Record<string, number> = {};
    for (const path of redirects) {
      const response = await request.get(path, NO_REDIRECTS);
      expect(response.status(), path).toBe(308);
      counts[path] = locationHeaders(response).length;
    }
    expect(counts).toEqual(Object.fromEntries(redirects.map((path) => [path, 1])));
  });

  test("the home page's internal route redirects to /", async ({ request, baseURL }) => {
    await expectRedirect(request, baseURL!, "/home/main", "/");
    expect(await statusOf(request, "/")).toBe(200);
  });

  test("the site pages linked from the footer answer 200", async ({ request }) => {
    for (const path of ["/about", "/contact", "/corrections"]) {
      expect(await statusOf(request, path), path).toBe(200);
    }
  });
});
