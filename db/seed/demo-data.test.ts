import { describe, expect, it } from "vitest";
import { blocksToBody } from "./blocks-to-body";
import { demoArticles, demoTags } from "./demo-articles";
import { categories } from "./data/categories";
import { sitePages } from "./data/site-pages";
import { staff } from "./data/staff";
import { bodyToPlainText } from "@/lib/body/body-to-plain-text";
import { readingTime } from "@/lib/body/reading-time";
import { isValidSlug } from "@/lib/slugs/is-valid-slug";
import { isAllowedSectionSlug } from "@/lib/slugs/reserved-segments";

describe("the demo newsroom's data", () => {
  it("has the eight sections in navigation order", () => {
    expect(categories.map((c) => c.slug)).toEqual([
      "news",
      "politics",
      "crime",
      "business",
      "counties",
      "africa",
      "world",
      "sports",
    ]);
    for (const { slug } of categories) expect(isAllowedSectionSlug(slug)).toBe(true);
  });

  it("gives its site pages slugs that no part of the application has reserved", () => {
    for (const { slug } of sitePages) expect(isAllowedSectionSlug(slug)).toBe(true);
  });

  it("has at least six staff writers with bios and forty tags", () => {
    expect(staff.length).toBeGreaterThanOrEqual(6);
    for (const person of staff) expect(person.bio.length).toBeGreaterThan(40);
    expect(demoTags.length).toBeGreaterThanOrEqual(40);
  });

  it("has at least 80 articles, every one in every section's reach", () => {
    expect(demoArticles.length).toBeGreaterThanOrEqual(80);
    for (const { slug } of categories) {
      expect(demoArticles.filter((a) => a.category === slug).length).toBeGreaterThanOrEqual(8);
    }
  });

  it("gives every article a unique valid slug, known tags and authors, and a time in the last 60 days", () => {
    const tagSlugs = new Set(demoTags.map((t) => t.slug));
    const staffSlugs = new Set(staff.map((s) => s.slug));
    const categorySlugs = new Set(categories.map((c) => c.slug));
    const slugs = new Set<string>();
    for (const article of demoArticles) {
      expect(isValidSlug(article.slug), article.slug).toBe(true);
      expect(slugs.has(article.slug), `duplicate ${article.slug}`).toBe(false);
      slugs.add(article.slug);
      expect(categorySlugs.has(article.category)).toBe(true);
      expect(article.tags.length).toBeGreaterThan(0);
      for (const tag of article.tags)
        expect(tagSlugs.has(tag), `${article.slug}: ${tag}`).toBe(true);
      for (const author of article.authors) expect(staffSlugs.has(author)).toBe(true);
      expect(article.daysAgo).toBeGreaterThan(0);
      expect(article.daysAgo).toBeLessThan(60);
      expect(article.hero.alt.length).toBeGreaterThan(10);
    }
  });

  it("keeps every article between 300 and 900 words", () => {
    for (const article of demoArticles) {
      const { words } = readingTime(bodyToPlainText(blocksToBody(article.body)));
      expect(words, article.slug).toBeGreaterThanOrEqual(300);
      expect(words, article.slug).toBeLessThanOrEqual(900);
    }
  });

  it("groups the Haiti mission stories into one cluster across sections", () => {
    const haiti = demoArticles.filter((a) => a.tags[0] === "haiti-mission");
    expect(haiti.length).toBeGreaterThanOrEqual(5);
    expect(new Set(haiti.map((a) => a.category)).size).toBeGreaterThan(1);
  });
});
