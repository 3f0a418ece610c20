import { describe, expect, it } from "vitest";
import { buildArticleMetadata } from "./build-article-metadata";
import { buildPageMetadata } from "./build-page-metadata";
import { TEST_SITE } from "./test-site";

const hero = {
  hash: "0123456789abcdef01234567",
  width: 1600,
  height: 900,
  alt: "Water covers a road",
  widths: [320, 640, 1280],
  color: null,
  caption: null,
  credit: null,
};

const article = {
  path: "/news/floods-in-budalangi",
  title: "Floods in Budalangi",
  standfirst: "The Nzoia burst its banks.",
  publishedAt: new Date("2026-11-20T06:30:00Z"),
  modifiedAt: new Date("2026-11-20T09:15:00Z"),
  category: { slug: "news", name: "News" },
  authors: [{ slug: "amina-otieno", name: "Amina Otieno", jobTitle: null }],
  tags: [{ slug: "floods", name: "Floods" }],
  hero,
};

describe("buildArticleMetadata", () => {
  const metadata = buildArticleMetadata(TEST_SITE, article);

  it("gives an absolute canonical URL on the configured site", () => {
    expect(metadata.alternates?.canonical).toBe("https://gazeti.example/news/floods-in-budalangi");
  });

  it("describes the story to Open Graph as an article", () => {
    expect(metadata.openGraph).toMatchObject({
      type: "article",
      title: article.title,
      description: article.standfirst,
      url: "https://gazeti.example/news/floods-in-budalangi",
      siteName: "Gazeti",
      publishedTime: "2026-11-20T09:30:00+03:00",
      modifiedTime: "2026-11-20T12:15:00+03:00",
      section: "News",
      tags: ["Floods"],
      authors: ["https://gazeti.example/author/amina-otieno"],
    });
  });

  it("gives the largest JPEG rendition with its real size and alt text", () => {
    expect(metadata.openGraph?.images).toEqual([
      {
        url: "https://gazeti.example/media/0123456789abcdef01234567-1280.jpg",
        width: 1280,
        height: 720,
        alt: "Water covers a road",
      },
    ]);
    expect(metadata.twitter).toMatchObject({
      card: "summary_large_image",
      images: [{ url: "https://gazeti.example/media/0123456789abcdef01234567-1280.jpg" }],
    });
  });

  it("allows large image previews", () => {
    expect(metadata.robots).toMatchObject({ index: true, "max-image-preview": "large" });
  });

  it("points at the section's feed", () => {
    expect(metadata.alternates?.types).toEqual({
      "application/rss+xml": [
        { url: "https://gazeti.example/news/feed.xml", title: "Gazeti: News" },
      ],
    });
  });

  it("prefers the editors' search title and description", () => {
    const seo = buildArticleMetadata(TEST_SITE, {
      ...article,
      seoTitle: "Budalangi floods: what we know",
      seoDescription: "Everything about the floods.",
    });
    expect(seo.title).toBe("Budalangi floods: what we know");
    expect(seo.description).toBe("Everything about the floods.");
  });
});

describe("buildPageMetadata", () => {
  it("marks non-article pages as websites", () => {
    const metadata = buildPageMetadata(TEST_SITE, {
      title: "News",
      description: "News from Kenya.",
      path: "/news",
    });
    expect(metadata.openGraph).toMatchObject({
      type: "website",
      url: "https://gazeti.example/news",
    });
    expect(metadata.openGraph?.images).toBeUndefined();
  });

  it("says noindex when asked, and still lets links be followed", () => {
    const metadata = buildPageMetadata(TEST_SITE, {
      title: "Search",
      description: "Search",
      path: "/search",
      noindex: true,
    });
    expect(metadata.robots).toEqual({ index: false, follow: true });
  });

  it("gives the home page an absolute title and a trailing slash", () => {
    const metadata = buildPageMetadata(TEST_SITE, {
      title: "Gazeti: news",
      absoluteTitle: true,
      description: "d",
      path: "/",
    });
    expect(metadata.title).toEqual({ absolute: "Gazeti: news" });
    expect(metadata.alternates?.canonical).toBe("https://gazeti.example/");
  });
});
