import { describe, expect, it } from "vitest";
import { buildRobotsTxt } from "./build-robots-txt";
import { TEST_SITE } from "./test-site";

describe("buildRobotsTxt", () => {
  const lines = buildRobotsTxt(TEST_SITE).split("\n");

  it("closes the newsroom and the API, and nothing else", () => {
    expect(lines.filter((line) => line.startsWith("Disallow:"))).toEqual([
      "Disallow: /admin$",
      "Disallow: /admin/",
      "Disallow: /api/",
    ]);
  });

  it("lists both sitemaps with absolute URLs", () => {
    expect(lines).toContain("Sitemap: https://gazeti.example/sitemap.xml");
    expect(lines).toContain("Sitemap: https://gazeti.example/news-sitemap.xml");
  });
});
