import { describe, expect, it } from "vitest";
import { buildBreadcrumbJsonLd } from "./build-breadcrumb-json-ld";
import { buildNewsArticleJsonLd, MAX_HEADLINE_LENGTH } from "./build-news-article-json-ld";
import { TEST_SITE } from "./test-site";
import { truncateText } from "./truncate-text";

const article = {
  path: "/news/floods-in-budalangi",
  title: "Floods in Budalangi displace 4,000 families",
  standfirst: "The Nzoia burst its banks overnight.",
  publishedAt: new Date("2026-11-20T06:30:00Z"),
  modifiedAt: new Date("2026-11-20T09:15:00Z"),
  category: { slug: "news", name: "News" },
  authors: [
    { slug: "amina-otieno", name: "Amina Otieno", jobTitle: "Senior reporter" },
    { slug: "brian-kiptoo", name: "Brian Kiptoo", jobTitle: null },
  ],
  tags: [
    { slug: "floods", name: "Floods" },
    { slug: "busia", name: "Busia" },
  ],
  hero: {
    hash: "0123456789abcdef01234567",
    width: 1600,
    height: 900,
    alt: "Water covers a road",
    widths: [320, 640, 1280],
    color: null,
    caption: null,
    credit: null,
  },
  wordCount: 640,
};

describe("buildNewsArticleJsonLd", () => {
  const data = buildNewsArticleJsonLd(TEST_SITE, article);

  it("describes a NewsArticle with its canonical page as main entity", () => {
    expect(data["@context"]).toBe("https://schema.org");
    expect(data["@type"]).toBe("NewsArticle");
    expect(data.mainEntityOfPage).toEqual({
      "@type": "WebPage",
      "@id": "https://gazeti.example/news/floods-in-budalangi",
    });
    expect(data.headline).toBe(article.title);
    expect(data.description).toBe(article.standfirst);
    expect(data.articleSection).toBe("News");
    expect(data.keywords).toEqual(["Floods", "Busia"]);
    expect(data.isAccessibleForFree).toBe(true);
    expect(data.inLanguage).toBe("en-KE");
  });

  it("gives both dates in ISO 8601 with the newsroom's offset", () => {
    expect(data.datePublished).toBe("2026-11-20T09:30:00+03:00");
    expect(data.dateModified).toBe("2026-11-20T12:15:00+03:00");
  });

  it("never dates a modification before the publication", () => {
    const early = buildNewsArticleJsonLd(TEST_SITE, {
      ...article,
      modifiedAt: new Date("2026-11-19T00:00:00Z"),
    });
    expect(early.dateModified).toBe(early.datePublished);
    const never = buildNewsArticleJsonLd(TEST_SITE, { ...article, modifiedAt: null });
    expect(never.dateModified).toBe(never.datePublished);
  });

  it("lists the hero in the 16:9, 4:3 and 1:1 crops, as absolute URLs", () => {
    expect(data.image).toEqual([
      {
        "@type": "ImageObject",
        url: "https://gazeti.example/media/0123456789abcdef01234567-c16x9.jpg",
        width: 1200,
        height: 675,
      },
      {
        "@type": "ImageObject",
        url: "https://gazeti.example/media/0123456789abcdef01234567-c4x3.jpg",
        width: 1200,
        height: 900,
      },
      {
        "@type": "ImageObject",
        url: "https://gazeti.example/media/0123456789abcdef01234567-c1x1.jpg",
        width: 900,
        height: 900,
      },
    ]);
    expect(buildNewsArticleJsonLd(TEST_SITE, { ...article, hero: null }).image).toBeUndefined();
  });

  it("names every author as a Person linked to their author page", () => {
    expect(data.author).toEqual([
      {
        "@type": "Person",
        name: "Amina Otieno",
        url: "https://gazeti.example/author/amina-otieno",
        jobTitle: "Senior reporter",
      },
      {
        "@type": "Person",
        name: "Brian Kiptoo",
        url: "https://gazeti.example/author/brian-kiptoo",
      },
    ]);
  });

  it("credits an unsigned story to the newsroom", () => {
    expect(buildNewsArticleJsonLd(TEST_SITE, { ...article, authors: [] }).author).toEqual([
      { "@type": "NewsMediaOrganization", name: "Gazeti", url: "https://gazeti.example/" },
    ]);
  });

  it("names the publisher as a NewsMediaOrganization with a raster logo", () => {
    expect(data.publisher).toMatchObject({
      "@type": "NewsMediaOrganization",
      name: "Gazeti",
      url: "https://gazeti.example/",
      logo: { "@type": "ImageObject", url: "https://gazeti.example/publisher-logo.png" },
    });
    const logo = (data.publisher as { logo: { width: number; height: number } }).logo;
    expect(Math.min(logo.width, logo.height)).toBeGreaterThanOrEqual(112);
  });

  it("keeps the headline within 110 characters", () => {
    const long = "Parliament ".repeat(20).trim();
    const headline = buildNewsArticleJsonLd(TEST_SITE, { ...article, title: long }).headline;
    expect(Array.from(headline as string).length).toBeLessThanOrEqual(MAX_HEADLINE_LENGTH);
    expect(headline).toMatch(/^Parliament .*…$/);
  });

  it("prefers the editors' search description when there is one", () => {
    const withSeo = buildNewsArticleJsonLd(TEST_SITE, { ...article, description: "For search" });
    expect(withSeo.description).toBe("For search");
  });
});

describe("truncateText", () => {
  it("leaves short text alone", () => {
    expect(truncateText("Short", 10)).toBe("Short");
  });

  it("never cuts an emoji in half", () => {
    const cut = truncateText("🇰🇪".repeat(30), 11);
    expect(Array.from(cut).length).toBeLessThanOrEqual(11);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe("buildBreadcrumbJsonLd", () => {
  it("starts at the home page and numbers each absolute item", () => {
    expect(
      buildBreadcrumbJsonLd(TEST_SITE, [
        { name: "News", path: "/news" },
        { name: article.title, path: article.path },
      ]),
    ).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Home", item: "https://gazeti.example/" },
        { "@type": "ListItem", position: 2, name: "News", item: "https://gazeti.example/news" },
        {
          "@type": "ListItem",
          position: 3,
          name: article.title,
          item: "https://gazeti.example/news/floods-in-budalangi",
        },
      ],
    });
  });
});
