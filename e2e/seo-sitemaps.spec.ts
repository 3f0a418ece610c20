// Sitemaps, the Google News sitemap and robots.txt, read as a crawler reads them: raw HTTP, every
// document validated against the published XSD schemas with libxml2 (offline copies in
// e2e/fixtures/schemas).
import { expect, test } from "@playwright/test";
import { CATEGORY_SLUGS, findArticlePaths } from "./fixtures";
import {
  elementTexts,
  expectValidXml,
  getText,
  pathOf,
  SITE_URL,
  SITEINDEX_XSD,
  URLSET_XSD,
} from "./seo-fixtures";

const XML_TYPE = "application/xml; charset=utf-8";

test.describe("the sitemap index", () => {
  test("is valid against the sitemaps.org schema and lists absolute chunk URLs", async ({
    request,
  }) => {
    const { response, body } = await getText(request, "/sitemap.xml");
    expect(response.headers()["content-type"]).toBe(XML_TYPE);
    expectValidXml(body, "/sitemap.xml", SITEINDEX_XSD);
    const chunks = elementTexts(body, "loc");
    expect(chunks).toContain(`${SITE_URL}/sitemaps/sections.xml`);
    expect(chunks).toContain(`${SITE_URL}/sitemaps/articles-0.xml`);
    expect(chunks).toContain(`${SITE_URL}/sitemaps/tags-0.xml`);
    expect(chunks).toContain(`${SITE_URL}/sitemaps/authors-0.xml`);
    expect(elementTexts(body, "lastmod").length).toBe(chunks.length);
  });

  test("points only at sitemaps that are valid against the schema with the image extension", async ({
    request,
  }) => {
    const index = (await getText(request, "/sitemap.xml")).body;
    for (const chunk of elementTexts(index, "loc")) {
      const { response, body } = await getText(request, pathOf(chunk));
      expect(response.headers()["content-type"]).toBe(XML_TYPE);
      expectValidXml(body, chunk, URLSET_XSD);
      expect(elementTexts(body, "loc").length, `${chunk} holds URLs`).toBeGreaterThan(0);
      expect(elementTexts(body, "loc").length).toBeLessThanOrEqual(50_000);
      expect(Buffer.byteLength(body)).toBeLessThan(50 * 1024 * 1024);
    }
  });

  test("answers 404 for a chunk that does not exist", async ({ request }) => {
    for (const name of ["articles-999.xml", "articles-01.xml", "stories-0.xml", "sections"]) {
      const response = await request.get(`/sitemaps/${name}`, { maxRedirects: 0 });
      expect(response.status(), name).toBe(404);
    }
  });
});

test.describe("the article sitemap", () => {
  test("lists every story of every section, each with its hero image and lastmod", async ({
    request,
  }) => {
    const { body } = await getText(request, "/sitemaps/articles-0.xml");
    const listed = new Set(elementTexts(body, "loc").map(pathOf));
    for (const category of CATEGORY_SLUGS) {
      for (const path of await findArticlePaths(request, `/${category}`)) {
        expect(listed, `${path} should be in the article sitemap`).toContain(path);
      }
    }
    const urls = [...body.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => match[1] ?? "");
    for (const url of urls) {
      expect(url).toMatch(/<lastmod>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+03:00<\/lastmod>/);
    }
    // Every demo story has a hero image (stories the HTTP spec writes have none).
    const seeded = urls.filter((url) => !url.includes("/seo-story-"));
    expect(seeded.length).toBeGreaterThan(0);
    for (const url of seeded) {
      expect(url).toMatch(/<image:image>\s*<image:loc>https?:\/\/[^<]+\.jpg<\/image:loc>/);
    }
  });

  test("lists only pages that answer 200, images included", async ({ request }) => {
    const { body } = await getText(request, "/sitemaps/articles-0.xml");
    const pages = elementTexts(body, "loc").slice(0, 12);
    for (const page of pages) {
      const response = await request.get(pathOf(page), { maxRedirects: 0 });
      expect(response.status(), page).toBe(200);
    }
    for (const image of elementTexts(body, "image:loc").slice(0, 3)) {
      const response = await request.get(pathOf(image));
      expect(response.status(), image).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/jpeg");
    }
  });
});

test.describe("the section, tag and author sitemaps", () => {
  test("list the home page, every section and the editorial pages", async ({ request }) => {
    const { body } = await getText(request, "/sitemaps/sections.xml");
    const listed = elementTexts(body, "loc").map(pathOf);
    expect(listed[0]).toBe("/");
    for (const category of CATEGORY_SLUGS) expect(listed).toContain(`/${category}`);
    for (const page of ["/about", "/contact", "/corrections"]) expect(listed).toContain(page);
  });

  test("list tag and author pages that answer 200", async ({ request }) => {
    for (const chunk of ["/sitemaps/tags-0.xml", "/sitemaps/authors-0.xml"]) {
      const { body } = await getText(request, chunk);
      const listed = elementTexts(body, "loc").map(pathOf);
      expect(listed.length).toBeGreaterThan(0);
      for (const path of listed.slice(0, 5)) {
        expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
      }
    }
  });
});

test.describe("the Google News sitemap", () => {
  test("is valid against the news extension schema and names the publication", async ({
    request,
  }) => {
    const { response, body } = await getText(request, "/news-sitemap.xml");
    expect(response.headers()["content-type"]).toBe(XML_TYPE);
    expectValidXml(body, "/news-sitemap.xml", URLSET_XSD);
    const urls = elementTexts(body, "loc");
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.length).toBeLessThanOrEqual(1000);
    expect(elementTexts(body, "news:name")).toEqual(urls.map(() => "Gazeti"));
    expect(elementTexts(body, "news:language")).toEqual(urls.map(() => "en"));
    expect(elementTexts(body, "news:title").length).toBe(urls.length);
  });

  test("holds only stories published in the last 48 hours, titled as on their pages", async ({
    request,
  }) => {
    const { body } = await getText(request, "/news-sitemap.xml");
    const now = Date.now();
    for (const date of elementTexts(body, "news:publication_date")) {
      const published = Date.parse(date);
      expect(now - published, date).toBeLessThanOrEqual(48 * 3_600_000);
      expect(published, date).toBeLessThanOrEqual(now);
    }
    const urls = elementTexts(body, "loc");
    const titles = elementTexts(body, "news:title");
    for (const [index, url] of urls.slice(0, 4).entries()) {
      const page = (await getText(request, pathOf(url))).body;
      const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(page)?.[1] ?? "";
      expect(decodeHtml(h1)).toBe(titles[index]);
    }
  });
});

test.describe("robots.txt", () => {
  test("opens the site, closes the newsroom and the API, and lists both sitemaps", async ({
    request,
  }) => {
    const { response, body } = await getText(request, "/robots.txt");
    expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
    const lines = body.split("\n");
    expect(lines).toContain("User-agent: *");
    expect(lines).toContain("Disallow: /admin/");
    expect(lines).toContain("Disallow: /api/");
    expect(lines).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
    expect(lines).toContain(`Sitemap: ${SITE_URL}/news-sitemap.xml`);
    expect(lines.some((line) => /^Disallow: \/search/.test(line))).toBe(false);
  });
});

test.describe("conditional requests", () => {
  for (const path of [
    "/sitemap.xml",
    "/sitemaps/articles-0.xml",
    "/news-sitemap.xml",
    "/robots.txt",
  ]) {
    test(`${path} answers 304 to a matching If-None-Match`, async ({ request }) => {
      const first = await request.get(path);
      const etag = first.headers()["etag"];
      expect(etag).toMatch(/^"[^"]+"$/);
      const again = await request.get(path, { headers: { "If-None-Match": etag ?? "" } });
      expect(again.status()).toBe(304);
      expect(again.headers()["etag"]).toBe(etag);
      expect(await again.text()).toBe("");
      const other = await request.get(path, { headers: { "If-None-Match": '"something-else"' } });
      expect(other.status()).toBe(200);
    });
  }

  test("a sitemap answers 304 to If-Modified-Since at its Last-Modified, 200 before it", async ({
    request,
  }) => {
    const first = await request.get("/sitemap.xml");
    const lastModified = first.headers()["last-modified"];
    expect(lastModified).toBeTruthy();
    const same = await request.get("/sitemap.xml", {
      headers: { "If-Modified-Since": lastModified ?? "" },
    });
    expect(same.status()).toBe(304);
    const earlier = new Date(Date.parse(lastModified ?? "") - 1000).toUTCString();
    const before = await request.get("/sitemap.xml", { headers: { "If-Modified-Since": earlier } });
    expect(before.status()).toBe(200);
  });
});

function decodeHtml(text: string): string {
  return text
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
