import { describe, expect, it } from "vitest";
import { chunkIdRange, chunkOfId, parseSitemapFile, sitemapPath } from "./sitemap-chunks";

describe("sitemap chunks", () => {
  it("put an id in the same chunk forever", () => {
    expect(chunkOfId(1)).toBe(0);
    expect(chunkOfId(1_999)).toBe(0);
    expect(chunkOfId(2_000)).toBe(1);
    expect(chunkOfId(99_999)).toBe(49);
    expect(chunkIdRange(1)).toEqual({ from: 2_000, to: 3_999 });
  });

  it("name files that parse back to the same chunk", () => {
    for (const name of [
      { kind: "articles", chunk: 0 },
      { kind: "tags", chunk: 12 },
      { kind: "authors", chunk: 3 },
      { kind: "sections" },
    ] as const) {
      const file = sitemapPath(name).replace("/sitemaps/", "");
      expect(parseSitemapFile(file)).toEqual(name);
    }
  });

  it.each([
    "articles-01.xml",
    "articles-.xml",
    "Articles-1.xml",
    "pages-1.xml",
    "sections",
    "articles-1.xml.gz",
    "../x.xml",
  ])("rejects %j", (file) => expect(parseSitemapFile(file)).toBeNull());
});
