// RSS feeds read by a real feed parser, item by item against the pages they point to.
import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { findArticlePaths, HAITI_TAG, uniqueSlug } from "./fixtures";
import { expectValidXml, getText, pathOf, SITE_URL } from "./seo-fixtures";

const RSS_TYPE = "application/rss+xml; charset=utf-8";

async function readFeed(request: APIRequestContext, path: string) {
  const { response, body } = await getText(request, path);
  expect(response.headers()["content-type"]).toBe(RSS_TYPE);
  expectValidXml(body, path);
  return { xml: body, feed: parseFeed(body) };
}

function articlePath(url: string | null): string {
  return pathOf(url ?? "");
}

test.describe("the site feed", () => {
  test("is RSS 2.0 that links to itself and to the site", async ({ request }) => {
    const { xml, feed } = await readFeed(request, "/feed.xml");
    expect(xml).toMatch(/<rss version="2\.0"/);
    expect(xml).toContain(
      `<atom:link href="${SITE_URL}/feed.xml" rel="self" type="application/rss+xml"/>`,
    );
    expect(feed.title).toBe("Gazeti");
    expect(feed.url).toBe(`${SITE_URL}/`);
    expect(xml).toContain("<language>en-KE</language>");
  });

  test("holds the latest 50 stories, newest first, as the home page lists them", async ({
    request,
  }) => {
    const { feed } = await readFeed(request, "/feed.xml");
    expect(feed.items.length).toBe(50);
    const dates = feed.items.map((item) => item.published?.getTime() ?? 0);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const home = await findArticlePaths(request, "/");
    const paths = feed.items.map((item) => articlePath(item.url));
    for (const path of home) expect(paths, `${path} is on the home page`).toContain(path);
  });

  test("gives every item its permalink, date, byline, categories, summary, body and image", async ({
    request,
  }) => {
    const { xml, feed } = await readFeed(request, "/feed.xml");
    expect(xml.match(/<guid isPermaLink="true">/g)?.length).toBe(feed.items.length);
    for (const item of feed.items) {
      expect(item.id).toBe(item.url);
      expect(item.title).toBeTruthy();
      expect(item.published).toBeInstanceOf(Date);
      expect(item.authors.length, `${item.url} has a byline`).toBeGreaterThan(0);
      expect(item.categories.length).toBeGreaterThan(0);
      expect(item.description).toBeTruthy();
      expect(item.content, `${item.url} has content:encoded`).toMatch(/<p>/);
      expect(item.media[0]?.url).toMatch(/^https?:\/\/.+\/media\/[a-f0-9]{24}-\d+\.jpg$/);
      expect(item.media[0]?.mimeType).toBe("image/jpeg");
    }
  });

  test("matches the article pages: title, section and the same body text", async ({ request }) => {
    const { feed } = await readFeed(request, "/feed.xml");
    for (const item of feed.items.slice(0, 5)) {
      const page = (await getText(request, articlePath(item.url))).body;
      expect(page).toContain(`<h1 class`);
      expect(textOf(/<h1[^>]*>([^<]*)<\/h1>/.exec(page)?.[1] ?? "")).toBe(item.title);
      const section = /href="\/([a-z0-9-]+)"[^>]*>([^<]+)<\/a><\/li><\/ol><\/nav>/.exec(page);
      expect(item.categories[0]?.term).toBe(textOf(section?.[2] ?? ""));
      const firstParagraph = /<div class="article-body[^"]*"><p>([\s\S]*?)<\/p>/.exec(page)?.[1];
      expect(firstParagraph, "the page has a body").toBeTruthy();
      expect(item.content).toContain(firstParagraph ?? "");
    }
  });

  test("points each item's image at a JPEG the site serves", async ({ request }) => {
    const { feed } = await readFeed(request, "/feed.xml");
    const image = feed.items[0]?.media[0]?.url ?? "";
    const response = await request.get(pathOf(image));
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/jpeg");
  });

  test("answers 304 to a matching If-None-Match and to If-Modified-Since", async ({ request }) => {
    const first = await request.get("/feed.xml");
    const etag = first.headers()["etag"] ?? "";
    const lastModified = first.headers()["last-modified"] ?? "";
    expect(etag).toBeTruthy();
    expect(lastModified).toBeTruthy();
    expect((await request.get("/feed.xml", { headers: { "If-None-Match": etag } })).status()).toBe(
      304,
    );
    const byDate = await request.get("/feed.xml", {
      headers: { "If-Modified-Since": lastModified },
    });
    expect(byDate.status()).toBe(304);
  });
});

test.describe("section, topic and author feeds", () => {
  async function expectFeedMatchesListing(
    request: APIRequestContext,
    listingPath: string,
    feedTitle: RegExp,
  ) {
    const { xml, feed } = await readFeed(request, `${listingPath}/feed.xml`);
    expect(xml).toContain(`<atom:link href="${SITE_URL}${listingPath}/feed.xml" rel="self"`);
    expect(feed.title).toMatch(feedTitle);
    const listed = await findArticlePaths(request, listingPath);
    const items = feed.items.map((item) => articlePath(item.url));
    expect(items.slice(0, listed.length)).toEqual(listed);
  }

  test("a section's feed lists its stories in the order of its page", async ({ request }) => {
    await expectFeedMatchesListing(request, "/politics", /^Gazeti: Politics$/);
  });

  test("a topic's feed lists its stories in the order of its page", async ({ request }) => {
    await expectFeedMatchesListing(request, `/tag/${HAITI_TAG}`, /^Gazeti: /);
  });

  test("an author's feed lists their stories in the order of their page", async ({ request }) => {
    const article = (await findArticlePaths(request, "/world"))[0] ?? "";
    const page = (await getText(request, article)).body;
    const author = /href="(\/author\/[a-z0-9-]+)"/.exec(page)?.[1] ?? "";
    expect(author).toBeTruthy();
    await expectFeedMatchesListing(request, author, /^Gazeti: /);
  });

  test("an unknown section, topic or author has no feed", async ({ request }) => {
    for (const path of [
      `/${uniqueSlug("no-section")}/feed.xml`,
      `/tag/${uniqueSlug("no-tag")}/feed.xml`,
      `/author/${uniqueSlug("no-author")}/feed.xml`,
      "/about/feed.xml",
    ]) {
      expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
    }
  });
});

function textOf(html: string): string {
  return html
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
