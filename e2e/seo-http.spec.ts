// HTTP answers a crawler and a CDN rely on: 410 for stories in the trash, 308 for old addresses,
// bounded Cache-Control on public pages, all correct on the very first request.
import { expect, test } from "@playwright/test";
import { NEXT_CACHE_HEADER } from "@/server/next-internals/next-cache-header";
import { findArticlePath, redirectTarget, uniqueSlug } from "./fixtures";
import { openE2eDatabase } from "./seo-fixtures";

const BOUNDED_CACHE = "public, max-age=0, s-maxage=300, stale-while-revalidate=60";
const NO_REDIRECTS = { maxRedirects: 0 } as const;

// A story of its own, dated long ago so that no listing, feed or sitemap shown to other specs
// is affected, written straight into the server's database.
function insertStory(status: "published" | "trashed"): { slug: string; path: string } {
  const db = openE2eDatabase();
  try {
    const slug = uniqueSlug("seo-story");
    const category = db.prepare("SELECT id, slug FROM categories WHERE slug = 'world'").get() as {
      id: number;
      slug: string;
    };
    const longAgo = Date.parse("2001-01-01T06:00:00Z");
    db.prepare(
      `INSERT INTO articles (slug, title, standfirst, body, status, category_id, published_at,
        trashed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      slug,
      `Story ${slug}`,
      "A story written by the SEO end-to-end tests.",
      JSON.stringify({
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "Body" }] }],
      }),
      status,
      category.id,
      longAgo,
      status === "trashed" ? Date.now() : null,
    );
    return { slug, path: `/${category.slug}/${slug}` };
  } finally {
    db.close();
  }
}

function setStatus(slug: string, status: "trashed" | "published") {
  const db = openE2eDatabase();
  try {
    db.prepare("UPDATE articles SET status = ?, trashed_at = ? WHERE slug = ?").run(
      status,
      status === "trashed" ? Date.now() : null,
      slug,
    );
  } finally {
    db.close();
  }
}

function createRedirect(from: string, to: string) {
  const db = openE2eDatabase();
  try {
    db.prepare("INSERT INTO redirects (from_path, to_path) VALUES (?, ?)").run(from, to);
  } finally {
    db.close();
  }
}

// The stories here are written by another connection, as another server process would; the
// proxy looks for such changes at most once a second (RECHECK_MS in server/seo/gone-articles.ts;
// this process's own changes are seen at once), so the first request waits that long first.
const seenByTheProxy = () => new Promise((resolve) => setTimeout(resolve, 1_100));

test.describe("stories in the trash", () => {
  test("answer 410 with the designed gone page on the first request", async ({ request }) => {
    const story = insertStory("trashed");
    await seenByTheProxy();
    const response = await request.get(story.path, NO_REDIRECTS);
    expect(response.status()).toBe(410);
    const html = await response.text();
    expect(html).toContain("This story has been removed");
    expect(html).toMatch(/<meta name="robots" content="noindex/);
    expect(html).toContain('href="/corrections"');
    expect((await request.get(story.path, NO_REDIRECTS)).status()).toBe(410);
  });

  test("answer 410 under any section, and never 200 at the gone page's own address", async ({
    request,
  }) => {
    const story = insertStory("trashed");
    await seenByTheProxy();
    expect((await request.get(`/news/${story.slug}`, NO_REDIRECTS)).status()).toBe(410);
    expect((await request.get("/gone/article", NO_REDIRECTS)).status()).toBe(410);
  });

  test("answer 410 at once even when the page was cached while published, and 200 when restored", async ({
    request,
  }) => {
    const story = insertStory("published");
    expect((await request.get(story.path, NO_REDIRECTS)).status()).toBe(200);
    const cached = await request.get(story.path, NO_REDIRECTS);
    expect(cached.headers()[NEXT_CACHE_HEADER.name]).toBe(NEXT_CACHE_HEADER.hit);
    // Written here by another connection, as another server process would: the trash is seen
    // within a second (server/seo/gone-articles.ts; this process's own changes at once).
    const statusWithin = (expected: number) =>
      expect
        .poll(async () => (await request.get(story.path, NO_REDIRECTS)).status(), {
          timeout: 3_000,
          intervals: [100],
        })
        .toBe(expected);
    setStatus(story.slug, "trashed");
    await statusWithin(410);
    setStatus(story.slug, "published");
    await statusWithin(200);
    // Back to the trash, so that no listing rendered later shows the test's story.
    setStatus(story.slug, "trashed");
  });
});

test.describe("old addresses", () => {
  test("an old article slug redirects permanently on its first request", async ({
    request,
    baseURL,
  }) => {
    const current = await findArticlePath(request, "business", 1);
    const old = `/business/${uniqueSlug("old-slug")}`;
    createRedirect(old, current);
    const response = await request.get(old, NO_REDIRECTS);
    expect(response.status()).toBe(308);
    expect(redirectTarget(response, baseURL ?? "")).toBe(current);
  });

  test("a renamed section carries its page numbers and its feed along", async ({
    request,
    baseURL,
  }) => {
    const old = `/${uniqueSlug("old-section")}`;
    createRedirect(old, "/sports");
    for (const [from, to] of [
      [old, "/sports"],
      [`${old}/page/2`, "/sports/page/2"],
      [`${old}/feed.xml`, "/sports/feed.xml"],
    ] as const) {
      const response = await request.get(from, NO_REDIRECTS);
      expect(response.status(), from).toBe(308);
      expect(redirectTarget(response, baseURL ?? "")).toBe(to);
    }
  });

  test("a renamed topic redirects its page and its feed", async ({ request, baseURL }) => {
    const old = `/tag/${uniqueSlug("old-tag")}`;
    createRedirect(old, "/tag/haiti-mission");
    const page = await request.get(old, NO_REDIRECTS);
    expect(page.status()).toBe(308);
    expect(redirectTarget(page, baseURL ?? "")).toBe("/tag/haiti-mission");
    const feed = await request.get(`${old}/feed.xml`, NO_REDIRECTS);
    expect(feed.status()).toBe(308);
    expect(redirectTarget(feed, baseURL ?? "")).toBe("/tag/haiti-mission/feed.xml");
  });
});

test.describe("caching headers", () => {
  test("public pages tell a CDN to keep them five minutes at most", async ({ request }) => {
    const article = await findArticlePath(request, "africa");
    for (const path of ["/", "/africa", article, "/tag/haiti-mission", "/about"]) {
      const response = await request.get(path, NO_REDIRECTS);
      expect(response.headers()["cache-control"], path).toBe(BOUNDED_CACHE);
    }
  });

  test("a page is still served from Next's own cache on the second request", async ({
    request,
  }) => {
    const path = await findArticlePath(request, "africa", 1);
    await request.get(path);
    const second = await request.get(path);
    expect(second.headers()[NEXT_CACHE_HEADER.name]).toBe(NEXT_CACHE_HEADER.hit);
    expect(second.headers()["cache-control"]).toBe(BOUNDED_CACHE);
  });

  test("feeds and sitemaps carry the same bounded caching and a charset", async ({ request }) => {
    for (const [path, type] of [
      ["/feed.xml", "application/rss+xml; charset=utf-8"],
      ["/sitemap.xml", "application/xml; charset=utf-8"],
      ["/news-sitemap.xml", "application/xml; charset=utf-8"],
      ["/robots.txt", "text/plain; charset=utf-8"],
    ]) {
      const response = await request.get(path ?? "");
      expect(response.headers()["cache-control"], path).toBe(BOUNDED_CACHE);
      expect(response.headers()["content-type"], path).toBe(type);
    }
  });
});
