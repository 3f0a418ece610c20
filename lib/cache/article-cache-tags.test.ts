import { describe, expect, it } from "vitest";
import { articleCacheTags, type ArticleCacheState } from "./article-cache-tags";

const live: ArticleCacheState = {
  published: true,
  categorySlug: "news",
  tagSlugs: ["budget", "parliament"],
  authorSlugs: ["amina"],
  featured: false,
  breaking: false,
  listedBy: [7],
};
const hidden: ArticleCacheState = { ...live, published: false, listedBy: [] };

describe("the cache tags an article change affects", () => {
  it("are none for a change readers cannot see", () => {
    expect(articleCacheTags({ articleId: 1, before: hidden, after: hidden })).toEqual([]);
  });

  it("cover the article, home, feeds, sitemaps and every listing it enters when published", () => {
    expect(
      articleCacheTags({ articleId: 1, before: hidden, after: live, relistedIds: [8] }).sort(),
    ).toEqual(
      [
        "article:1",
        "article:7",
        "article:8",
        "author:amina",
        "category:news",
        "feeds",
        "home",
        "sitemaps",
        "tag:budget",
        "tag:parliament",
      ].sort(),
    );
  });

  it("cover every listing it leaves when unpublished", () => {
    const tags = articleCacheTags({ articleId: 1, before: live, after: hidden });
    expect(tags).toEqual(
      expect.arrayContaining(["home", "category:news", "tag:budget", "author:amina", "article:7"]),
    );
  });

  it("name only the listings whose membership changed when a live story is corrected", () => {
    const tags = articleCacheTags({
      articleId: 1,
      before: live,
      after: { ...live, tagSlugs: ["budget", "treasury"], listedBy: [7] },
    });
    expect(tags.sort()).toEqual(
      ["article:1", "article:7", "feeds", "sitemaps", "tag:parliament", "tag:treasury"].sort(),
    );
  });

  it("name both sections when a story moves, and home when it is featured", () => {
    const tags = articleCacheTags({
      articleId: 1,
      before: live,
      after: { ...live, categorySlug: "politics", featured: true },
    });
    expect(tags).toEqual(expect.arrayContaining(["category:news", "category:politics", "home"]));
  });

  it("refresh every page (through the layout's nav tag) when the breaking banner changes", () => {
    expect(
      articleCacheTags({ articleId: 1, before: live, after: { ...live, breaking: true } }),
    ).toContain("nav");
    expect(
      articleCacheTags({ articleId: 1, before: { ...live, breaking: true }, after: hidden }),
    ).toContain("nav");
    expect(articleCacheTags({ articleId: 1, before: live, after: live })).not.toContain("nav");
  });
});
