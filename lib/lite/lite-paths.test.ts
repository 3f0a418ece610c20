import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { EDITION_COOKIE, editionInCookieHeader, liteRedirectFor } from "./edition-choice";
import { fullPathOf, hasLiteTwin, liteHrefOf, litePathOf } from "./lite-paths";

describe("lite paths", () => {
  it("put the home page at /lite and every other page under it", () => {
    expect(litePathOf("/")).toBe("/lite");
    expect(litePathOf("/news/a-story")).toBe("/lite/news/a-story");
    expect(fullPathOf("/lite")).toBe("/");
    expect(fullPathOf("/lite/tag/budget")).toBe("/tag/budget");
    expect(fullPathOf("/literature")).toBeNull();
  });

  it.each([
    "/",
    "/news",
    "/about",
    "/news/page/2",
    "/news/a-story",
    "/tag/budget",
    "/tag/budget/page/3",
    "/author/amina-otieno",
  ])("give %s a lite twin", (path) => expect(hasLiteTwin(path)).toBe(true));

  it.each([
    "/search",
    "/admin",
    "/admin/articles",
    "/api/health",
    "/lite/news",
    "/feed.xml",
    "/news/feed.xml",
    "/media/abc-320.webp",
    "/tag",
    "/tag/budget/feed.xml",
    "/news/page/0",
    "/news/a/b",
    "/News",
  ])("give %s no lite twin", (path) => expect(hasLiteTwin(path)).toBe(false));

  it("move site links into the lite edition and leave files and other sites alone", () => {
    expect(liteHrefOf("/news/a-story#comments")).toBe("/lite/news/a-story#comments");
    expect(liteHrefOf("/media/abc-320.webp")).toBe("/media/abc-320.webp");
    expect(liteHrefOf("https://example.org/news")).toBe("https://example.org/news");
  });
});

describe("edition choice", () => {
  it("sends a data-saving browser to the lite twin", () => {
    expect(liteRedirectFor("/news/a-story", "on", null)).toBe("/lite/news/a-story");
    expect(liteRedirectFor("/", "On", null)).toBe("/lite");
  });

  it("serves the full page without Save-Data or when the reader chose the full site", () => {
    expect(liteRedirectFor("/news/a-story", undefined, null)).toBeNull();
    expect(liteRedirectFor("/news/a-story", "off", null)).toBeNull();
    expect(liteRedirectFor("/news/a-story", "on", "full")).toBeNull();
  });

  it("sends a reader who chose the lite edition there without Save-Data", () => {
    expect(liteRedirectFor("/tag/budget", undefined, "lite")).toBe("/lite/tag/budget");
  });

  it("never sends anyone to a lite page that does not exist", () => {
    expect(liteRedirectFor("/search", "on", "lite")).toBeNull();
    expect(liteRedirectFor("/lite/news", "on", "lite")).toBeNull();
  });

  it("reads the choice out of a Cookie header", () => {
    expect(editionInCookieHeader("a=1; gazeti-edition=full; b=2")).toBe("full");
    expect(editionInCookieHeader("gazeti-edition=lite")).toBe("lite");
    expect(editionInCookieHeader("gazeti-edition=other")).toBeNull();
    expect(editionInCookieHeader("xgazeti-edition=lite")).toBeNull();
    expect(editionInCookieHeader(undefined)).toBeNull();
  });

  // Next reads proxy.ts's matcher statically, so it spells the cookie's name out.
  it("is the cookie proxy.ts's matcher runs for", () => {
    expect(fs.readFileSync("proxy.ts", "utf8")).toContain(
      `{ type: "cookie", key: "${EDITION_COOKIE}", value: "lite" }`,
    );
  });
});
