// What a search engine reads in each page type's HTML: meta tags, canonical URLs built from
// SITE_URL, JSON-LD checked property by property, and the markup validated with html-validate.
import { HtmlValidate } from "html-validate";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { findArticlePath, HAITI_TAG, uniqueSlug } from "./fixtures";
import {
  getText,
  jsonLdByType,
  jsonLdOf,
  linkHref,
  metaValues,
  pathOf,
  SITE_URL,
} from "./seo-fixtures";

type Json = Record<string, unknown>;

async function authorPathOf(request: APIRequestContext, articlePath: string): Promise<string> {
  const page = (await getText(request, articlePath)).body;
  const author = /href="(\/author\/[a-z0-9-]+)"/.exec(page)?.[1];
  expect(author, `${articlePath} names an author`).toBeTruthy();
  return author ?? "";
}

function expectCommonMetadata(html: string, path: string, feedPath: string | null) {
  expect(html).toMatch(/^<!DOCTYPE html><html lang="en-KE">/);
  expect(/<title>[^<]+<\/title>/.test(html), "a title").toBe(true);
  expect(metaValues(html, "description")[0], "a meta description").toBeTruthy();
  expect(linkHref(html, "canonical")).toBe(`${SITE_URL}${path === "/" ? "/" : path}`);
  expect(metaValues(html, "robots")).toEqual([
    "index, follow, max-video-preview:-1, max-image-preview:large, max-snippet:-1",
  ]);
  expect(metaValues(html, "og:url")).toEqual([`${SITE_URL}${path === "/" ? "/" : path}`]);
  expect(metaValues(html, "og:site_name")).toEqual(["Gazeti"]);
  expect(metaValues(html, "og:title")[0]).toBeTruthy();
  expect(metaValues(html, "og:description")[0]).toBeTruthy();
  expect(metaValues(html, "twitter:card")).toEqual(["summary_large_image"]);
  if (feedPath) {
    expect(linkHref(html, "alternate", "application/rss+xml")).toBe(`${SITE_URL}${feedPath}`);
  }
}

function expectBreadcrumb(html: string, trail: [string, string][]) {
  const breadcrumb = jsonLdByType(html, "BreadcrumbList");
  expect(breadcrumb["@context"]).toBe("https://schema.org");
  const items = breadcrumb.itemListElement as Json[];
  expect(items.map((item) => [item.name, item.item])).toEqual([
    ["Home", `${SITE_URL}/`],
    ...trail.map(([name, path]) => [name, `${SITE_URL}${path}`]),
  ]);
  expect(items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1));
}

test.describe("an article page", () => {
  test("carries complete meta tags, Open Graph article fields and a large-image card", async ({
    request,
  }) => {
    const path = await findArticlePath(request, "news");
    const html = (await getText(request, path)).body;
    expectCommonMetadata(html, path, "/news/feed.xml");
    expect(metaValues(html, "og:type")).toEqual(["article"]);
    const [image] = metaValues(html, "og:image");
    expect(image).toMatch(new RegExp(`^${SITE_URL}/media/[a-f0-9]{24}-\\d+\\.jpg$`));
    expect(Number(metaValues(html, "og:image:width")[0])).toBeGreaterThanOrEqual(1200);
    expect(Number(metaValues(html, "og:image:height")[0])).toBeGreaterThan(0);
    expect(metaValues(html, "og:image:alt")[0]).toBeTruthy();
    expect(metaValues(html, "article:published_time")[0]).toMatch(/\+03:00$/);
    expect(metaValues(html, "article:modified_time")[0]).toMatch(/\+03:00$/);
    expect(metaValues(html, "article:section")).toEqual(["News"]);
    expect(metaValues(html, "article:tag").length).toBeGreaterThan(0);
    expect(metaValues(html, "twitter:image")).toEqual([image]);
    const imageResponse = await request.get(pathOf(image ?? ""));
    expect(imageResponse.status()).toBe(200);
  });

  test("describes itself as a NewsArticle with every property Google reads", async ({
    request,
  }) => {
    const path = await findArticlePath(request, "politics");
    const html = (await getText(request, path)).body;
    const article = jsonLdByType(html, "NewsArticle");
    const url = `${SITE_URL}${path}`;
    const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? "";
    expect(article["@context"]).toBe("https://schema.org");
    expect(article.mainEntityOfPage).toEqual({ "@type": "WebPage", "@id": url });
    expect(typeof article.headline).toBe("string");
    expect((article.headline as string).length).toBeLessThanOrEqual(110);
    expect(h1.replace(/&#x27;/g, "'").replace(/&amp;/g, "&")).toContain(
      (article.headline as string).replace(/…$/, ""),
    );
    expect(article.description).toBe(metaValues(html, "description")[0]);
    expect(article.datePublished).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+03:00$/);
    expect(article.dateModified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+03:00$/);
    expect(Date.parse(article.dateModified as string)).toBeGreaterThanOrEqual(
      Date.parse(article.datePublished as string),
    );
    const images = article.image as Json[];
    expect(images.map((image) => /-c(\d+x\d+)\.jpg$/.exec(image.url as string)?.[1])).toEqual([
      "16x9",
      "4x3",
      "1x1",
    ]);
    for (const image of images) {
      expect(image["@type"]).toBe("ImageObject");
      expect((image.url as string).startsWith(`${SITE_URL}/media/`)).toBe(true);
      const [w, h] =
        /-c(\d+)x(\d+)\.jpg$/
          .exec(image.url as string)
          ?.slice(1)
          .map(Number) ?? [];
      expect(Number(image.width) * (h ?? 0)).toBeCloseTo(Number(image.height) * (w ?? 0), -1);
      const crop = await request.get(pathOf(image.url as string));
      expect(crop.status(), `${image.url as string} is served`).toBe(200);
      expect(crop.headers()["content-type"]).toBe("image/jpeg");
    }
    const authors = article.author as Json[];
    expect(authors.length).toBeGreaterThan(0);
    for (const author of authors) {
      expect(author["@type"]).toBe("Person");
      expect(author.name).toBeTruthy();
      expect(author.url).toMatch(new RegExp(`^${SITE_URL}/author/[a-z0-9-]+$`));
      expect(html).toContain(`href="${pathOf(author.url as string)}"`);
    }
    const publisher = article.publisher as Json;
    expect(publisher["@type"]).toBe("NewsMediaOrganization");
    expect(publisher.name).toBe("Gazeti");
    const logo = publisher.logo as Json;
    expect(logo.url).toBe(`${SITE_URL}/publisher-logo.png`);
    expect(Number(logo.width)).toBeGreaterThanOrEqual(112);
    const logoResponse = await request.get("/publisher-logo.png");
    expect(logoResponse.headers()["content-type"]).toBe("image/png");
    expect(article.articleSection).toBe("Politics");
    expect((article.keywords as string[]).length).toBeGreaterThan(0);
    expect(article.isAccessibleForFree).toBe(true);
    expect(article.inLanguage).toBe("en-KE");
    const crumbs = jsonLdByType(html, "BreadcrumbList").itemListElement as Json[];
    expect(crumbs.map((crumb) => crumb.item)).toEqual([
      `${SITE_URL}/`,
      `${SITE_URL}/politics`,
      url,
    ]);
    expect(crumbs.map((crumb) => crumb.name).slice(0, 2)).toEqual(["Home", "Politics"]);
  });

  test("keeps its canonical URL on SITE_URL whatever Host the request claims", async ({
    request,
  }) => {
    const path = await findArticlePath(request, "crime");
    const spoofed = await request.get(`${path}?utm_source=x`, {
      headers: { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" },
    });
    const html = await spoofed.text();
    expect(linkHref(html, "canonical")).toBe(`${SITE_URL}${path}`);
    expect(html).not.toContain("evil.example");
  });
});

test.describe("listing pages and the home page", () => {
  test("the home page describes the site and the newsroom that publishes it", async ({
    request,
  }) => {
    const html = (await getText(request, "/")).body;
    expectCommonMetadata(html, "/", "/feed.xml");
    expect(metaValues(html, "og:type")).toEqual(["website"]);
    const site = jsonLdByType(html, "WebSite");
    expect(site).toMatchObject({ name: "Gazeti", url: `${SITE_URL}/`, inLanguage: "en-KE" });
    expect(site.potentialAction).toBeUndefined();
    const organization = jsonLdByType(html, "NewsMediaOrganization");
    expect(organization).toMatchObject({
      name: "Gazeti",
      url: `${SITE_URL}/`,
      logo: { "@type": "ImageObject", url: `${SITE_URL}/publisher-logo.png` },
      publishingPrinciples: `${SITE_URL}/about`,
      correctionsPolicy: `${SITE_URL}/corrections`,
      contactPoint: { "@type": "ContactPoint", url: `${SITE_URL}/contact` },
    });
    for (const page of ["/about", "/contact", "/corrections"]) {
      expect((await request.get(page)).status(), page).toBe(200);
    }
  });

  test("a section page is a CollectionPage of its stories with a breadcrumb", async ({
    request,
  }) => {
    const html = (await getText(request, "/business")).body;
    expectCommonMetadata(html, "/business", "/business/feed.xml");
    const page = jsonLdByType(html, "CollectionPage");
    expect(page).toMatchObject({ "@context": "https://schema.org", url: `${SITE_URL}/business` });
    expect(page.name).toBe("Business");
    expect(page.description).toBeTruthy();
    const items = (page.mainEntity as Json).itemListElement as Json[];
    expect(items.length).toBeGreaterThan(0);
    expect(html).toContain(`href="${pathOf(items[0]?.url as string)}"`);
    expectBreadcrumb(html, [["Business", "/business"]]);
  });

  test("a topic page is a CollectionPage with a breadcrumb", async ({ request }) => {
    const path = `/tag/${HAITI_TAG}`;
    const html = (await getText(request, path)).body;
    expectCommonMetadata(html, path, `${path}/feed.xml`);
    const page = jsonLdByType(html, "CollectionPage");
    expect(page.url).toBe(`${SITE_URL}${path}`);
    expect(page.name).toBeTruthy();
    expectBreadcrumb(html, [[page.name as string, path]]);
  });

  test("an author page is a ProfilePage about the same Person articles name", async ({
    request,
  }) => {
    const article = await findArticlePath(request, "sports");
    const path = await authorPathOf(request, article);
    const html = (await getText(request, path)).body;
    expectCommonMetadata(html, path, `${path}/feed.xml`);
    const profile = jsonLdByType(html, "ProfilePage");
    const person = profile.mainEntity as Json;
    expect(person["@type"]).toBe("Person");
    expect(person.url).toBe(`${SITE_URL}${path}`);
    expect(person.name).toBeTruthy();
    const byline = jsonLdByType((await getText(request, article)).body, "NewsArticle");
    expect((byline.author as Json[]).map((author) => author.url)).toContain(person.url);
    expectBreadcrumb(html, [[person.name as string, path]]);
  });
});

test.describe("pages a search engine must not index", () => {
  test("search results say noindex but let their links be followed", async ({ request }) => {
    const response = await request.get("/search?q=haiti");
    expect(response.status()).toBe(200);
    expect(metaValues(await response.text(), "robots")).toEqual(["noindex, follow"]);
  });

  test("the gone page says noindex", async ({ request }) => {
    const response = await request.get("/gone/article");
    expect(response.status()).toBe(410);
    const robots = metaValues(await response.text(), "robots");
    expect(robots.length).toBeGreaterThan(0);
    expect(robots.every((value) => value.startsWith("noindex"))).toBe(true);
  });

  test("a missing page says noindex and carries no structured data", async ({ request }) => {
    const response = await request.get(`/news/${uniqueSlug()}`);
    expect(response.status()).toBe(404);
    const html = await response.text();
    expect(metaValues(html, "robots").every((value) => value.startsWith("noindex"))).toBe(true);
    expect(jsonLdOf(html)).toEqual([]);
  });
});

// Rules relaxed, each because React or Next writes valid HTML in a style the recommended preset
// dislikes, or because it is a deliberate design choice:
// - attr-case: React writes charSet, fetchPriority, noModule (attribute names are case-insensitive);
// - void-style: React closes void elements as <meta/>, which HTML allows;
// - attribute-boolean-style, attribute-empty-style: React writes async="" and hidden="";
// - no-inline-style: image placeholders carry their dominant colour as an inline background;
// - valid-id (relaxed): React's useId and Next's scripts use ids like "_R_", valid in HTML;
// - long-title: a headline may be up to 110 characters, plus " | Gazeti"; editors can set a
//   shorter search title.
const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    "attr-case": "off",
    "void-style": "off",
    "attribute-boolean-style": "off",
    "attribute-empty-style": "off",
    "no-inline-style": "off",
    "valid-id": ["error", { relaxed: true }],
    "long-title": ["error", { maxlength: 125 }],
  },
});

test.describe("the HTML of every page type", () => {
  const pageTypes: [string, (request: APIRequestContext) => Promise<string>][] = [
    ["home", async () => "/"],
    ["section", async () => "/world"],
    ["article", (request) => findArticlePath(request, "counties")],
    ["topic", async () => `/tag/${HAITI_TAG}`],
    ["author", async (request) => authorPathOf(request, await findArticlePath(request, "africa"))],
    ["editorial page", async () => "/about"],
    ["not found", async () => `/${uniqueSlug("no-section")}`],
    ["gone", async () => "/gone/article"],
  ];
  for (const [name, pathFor] of pageTypes) {
    test(`passes html-validate on the ${name} page`, async ({ request }) => {
      const path = await pathFor(request);
      const response = await request.get(path, { maxRedirects: 0 });
      expect([200, 404, 410]).toContain(response.status());
      const report = await validator.validateString(await response.text());
      const problems = report.results.flatMap((result) =>
        result.messages.map((m) => `${m.ruleId} at ${m.line}:${m.column}: ${m.message}`),
      );
      expect(problems, `html-validate on ${path}`).toEqual([]);
    });
  }
});
