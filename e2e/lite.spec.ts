// The data-saver edition: every public page type has a zero-JavaScript twin under /lite with the
// same journalism, links that stay inside it, a canonical link to the full page, and a way in
// (Save-Data, a remembered choice) and out (a remembered choice back to the full site).
import { expect, test, type APIRequestContext } from "@playwright/test";
import { E2E_BASE_URL } from "../playwright.config";
import { PAGE_CACHE_HEADER } from "../server/page-cache/page-cache-header";
import { findArticlePath, HAITI_TAG, NOT_FOUND_HEADING, uniqueSlug } from "./fixtures";

test.use({ javaScriptEnabled: false });

const STYLE_BUDGET_BYTES = 5 * 1024;

type Twin = { name: string; full: string };

async function pageTypes(request: APIRequestContext): Promise<Twin[]> {
  const article = await findArticlePath(request, "politics");
  const authorHref = /href="(\/author\/[a-z0-9-]+)"/.exec(
    await (await request.get(article)).text(),
  )?.[1];
  if (!authorHref) throw new Error(`No byline link on ${article}`);
  return [
    { name: "home page", full: "/" },
    { name: "section", full: "/news" },
    { name: "topic", full: `/tag/${HAITI_TAG}` },
    { name: "journalist's page", full: authorHref },
    { name: "article", full: article },
    { name: "site page", full: "/about" },
  ];
}

const lite = (full: string) => (full === "/" ? "/lite" : `/lite${full}`);

function hrefs(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)].map((match) => match[1] ?? "");
}

test.describe("the lite edition", () => {
  test("every page type answers without a script, a script preload or framework data", async ({
    request,
  }) => {
    for (const twin of await pageTypes(request)) {
      const response = await request.get(lite(twin.full), { maxRedirects: 0 });
      expect(response.status(), twin.name).toBe(200);
      const html = await response.text();
      expect(html, twin.name).not.toMatch(/<script\b/i);
      expect(html, twin.name).not.toMatch(/<link\b[^>]*\b(?:preload|modulepreload)\b/i);
      expect(html, twin.name).not.toMatch(/__NEXT_DATA__|\/_next\//);
      expect(html, twin.name).not.toMatch(/<link\b[^>]*rel="stylesheet"/i);
      const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
      expect(styles.join("").length, twin.name).toBeGreaterThan(0);
      expect(Buffer.byteLength(styles.join("")), twin.name).toBeLessThanOrEqual(STYLE_BUDGET_BYTES);
    }
  });

  test("every page type points its canonical link at the full page, and its links stay in the lite edition", async ({
    request,
  }) => {
    for (const twin of await pageTypes(request)) {
      const html = await (await request.get(lite(twin.full))).text();
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(canonical, twin.name).toBe(`${E2E_BASE_URL}${twin.full === "/" ? "/" : twin.full}`);
      expect(html, twin.name).not.toMatch(/noindex/);
      const siteLinks = hrefs(html).filter((href) => href.startsWith("/"));
      expect(siteLinks.length, twin.name).toBeGreaterThanOrEqual(2);
      for (const href of siteLinks) {
        // The one way out is the link to this page's full version; images open as files.
        if (href === twin.full || href.startsWith("/media/")) continue;
        expect(href, `${twin.name}: ${href}`).toMatch(/^\/lite(?:\/|$)/);
      }
      expect(hrefs(html), twin.name).toContain(twin.full);
    }
  });

  test("every page type shows the same headline as its full twin", async ({ page, request }) => {
    for (const twin of await pageTypes(request)) {
      await page.goto(twin.full);
      const fullHeadline = await page.getByRole("heading", { level: 1 }).innerText();
      await page.goto(lite(twin.full));
      await expect(page.getByRole("heading", { level: 1 }), twin.name).toHaveText(
        fullHeadline.trim(),
      );
    }
  });

  test("an article has the full page's standfirst, byline, body and related stories, in lite", async ({
    page,
    request,
  }) => {
    const path = await findArticlePath(request, "news", 1);
    await page.goto(path);
    const paragraphs = await page.locator(".article-body p").allInnerTexts();
    const relatedTitles = await page
      .getByRole("region", { name: "Related Posts" })
      .getByRole("heading", { level: 3 })
      .allInnerTexts();
    const byline = await page.locator("a[rel=author]").first().innerText();
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);

    await page.goto(lite(path));
    const text = await page.locator("main").innerText();
    for (const paragraph of paragraphs) expect(text).toContain(paragraph.trim());
    expect(text).toContain(byline);
    expect(text).toMatch(/Published .+ min read/);
    for (const title of relatedTitles) {
      const link = page.getByRole("link", { name: title.trim(), exact: true }).first();
      expect(await link.getAttribute("href")).toMatch(/^\/lite\/[a-z-]+\/[a-z0-9-]+$/);
    }
    await expect(page.getByRole("heading", { name: /^Latest in / })).toBeVisible();
    await expect(page.locator("img")).toHaveCount(0);
  });

  test("an article in the wrong section, and a first page by number, are sent to their lite addresses", async ({
    request,
  }) => {
    const path = await findArticlePath(request, "crime");
    const slug = path.split("/")[2];
    const response = await request.get(`/lite/sports/${slug}`, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(new URL(response.headers().location ?? "", E2E_BASE_URL).pathname).toBe(lite(path));
    const firstPage = await request.get("/lite/news/page/1", { maxRedirects: 0 });
    expect(firstPage.status()).toBe(308);
    expect(new URL(firstPage.headers().location ?? "", E2E_BASE_URL).pathname).toBe("/lite/news");
  });

  test("unknown lite addresses answer a small lite 404", async ({ request }) => {
    for (const path of [
      `/lite/news/${uniqueSlug()}`,
      `/lite/${uniqueSlug()}`,
      `/lite/tag/${uniqueSlug()}`,
      "/lite/news/page/999",
      "/lite/a/b/c/d",
      "/lite/search",
    ]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      const html = await response.text();
      expect(html, path).toContain(NOT_FOUND_HEADING);
      expect(html, path).not.toMatch(/<script\b/i);
      expect(Buffer.byteLength(html), path).toBeLessThan(6 * 1024);
    }
  });

  test("lite pages are kept by the page cache like the full ones", async ({ request }) => {
    const path = lite(await findArticlePath(request, "business"));
    await request.get(path);
    const again = await request.get(path);
    expect(again.headers()[PAGE_CACHE_HEADER]).toBe("HIT");
  });

  test("no sitemap lists a lite page", async ({ request }) => {
    const index = await (await request.get("/sitemap.xml")).text();
    const chunks = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? "");
    for (const url of [...chunks, `${E2E_BASE_URL}/news-sitemap.xml`]) {
      const xml = await (await request.get(new URL(url).pathname)).text();
      expect(xml, url).not.toContain("/lite");
    }
  });
});

test.describe("finding the lite edition", () => {
  test("every full page links to its lite twin, visibly and in the head", async ({
    page,
    request,
  }) => {
    for (const twin of await pageTypes(request)) {
      await page.goto(twin.full);
      await expect(
        page.locator(`head link[rel="alternate"][href="${lite(twin.full)}"]`),
        twin.name,
      ).toHaveCount(1);
      await expect(
        page.getByRole("link", { name: "Data-saver version" }),
        twin.name,
      ).toHaveAttribute("href", lite(twin.full));
    }
  });

  test("a browser saving data is sent to the lite twin, even when the full page is cached", async ({
    request,
  }) => {
    const path = await findArticlePath(request, "africa");
    const full = await request.get(path);
    await request.get(path);
    expect(full.headers().vary ?? "").toMatch(/save-data/i);
    for (const target of [path, "/", "/news"]) {
      const response = await request.get(target, {
        headers: { "Save-Data": "on" },
        maxRedirects: 0,
      });
      expect(response.status(), target).toBe(302);
      expect(response.headers().location ?? "", target).toMatch(
        new RegExp(`${lite(target).replace(/\//g, "\\/")}$`),
      );
      expect(response.headers().vary ?? "", target).toMatch(/save-data/i);
    }
    const search = await request.get("/search?q=haiti", {
      headers: { "Save-Data": "on" },
      maxRedirects: 0,
    });
    expect(search.status()).toBe(200);
  });

  test("a reader who chose the full site stays there with Save-Data on", async ({ playwright }) => {
    const request = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
    const path = await findArticlePath(request, "world");
    const chosen = await request.post("/api/edition", {
      form: { edition: "full", path },
      headers: { Origin: E2E_BASE_URL },
      maxRedirects: 0,
    });
    expect(chosen.status()).toBe(303);
    expect(chosen.headers().location).toBe(path);
    const response = await request.get(path, {
      headers: { "Save-Data": "on" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(200);
    await request.dispose();
  });

  test("a reader who chose the lite edition gets it everywhere, and one tap takes them back", async ({
    page,
    request,
  }) => {
    const path = await findArticlePath(request, "counties");
    await page.goto(lite(path));
    await page.getByRole("button", { name: "Always use data-saver" }).click();
    await expect(page).toHaveURL(new RegExp(`${lite(path)}$`));
    await page.goto("/news");
    await expect(page).toHaveURL(/\/lite\/news$/);

    await page.getByRole("button", { name: "Switch to the full site" }).click();
    await expect(page).toHaveURL(/\/news$/);
    await expect(page.getByRole("link", { name: "Data-saver version" })).toBeVisible();
  });

  test("a bad edition choice answers 400", async ({ request }) => {
    const response = await request.post("/api/edition", {
      form: { edition: "tiny", path: "/" },
      headers: { Origin: E2E_BASE_URL },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(400);
    const offSite = await request.post("/api/edition", {
      form: { edition: "lite", path: "//evil.example/" },
      headers: { Origin: E2E_BASE_URL },
      maxRedirects: 0,
    });
    expect(offSite.status()).toBe(400);
  });
});
