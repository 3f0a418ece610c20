import { beforeEach, describe, expect, it, vi } from "vitest";
import { isTrashedArticleSlug } from "./gone-articles";
import { isGoneArticlePath } from "./is-gone-article-path";

vi.mock("./gone-articles", () => ({ isTrashedArticleSlug: vi.fn(() => true) }));

beforeEach(() => vi.mocked(isTrashedArticleSlug).mockClear());

describe("which addresses answer 410 for a story in the trash", () => {
  it("checks a story's address against the trash", () => {
    expect(isGoneArticlePath("/news/tea-prices")).toBe(true);
    expect(isTrashedArticleSlug).toHaveBeenCalledWith("tea-prices");
  });

  it.each(["admin", "api", "author", "media", "page", "search", "tag"])(
    "skips /%s/…, which is never a story's",
    (segment) => {
      expect(isGoneArticlePath(`/${segment}/tea-prices`)).toBe(false);
      expect(isTrashedArticleSlug).not.toHaveBeenCalled();
    },
  );

  it("always answers 410 at the gone page's own address", () => {
    vi.mocked(isTrashedArticleSlug).mockReturnValueOnce(false);
    expect(isGoneArticlePath("/gone/article")).toBe(true);
  });

  it("leaves anything but two slug segments alone", () => {
    for (const path of ["/news", "/news/tea/more", "/News/tea", "/feed.xml"]) {
      expect(isGoneArticlePath(path), path).toBe(false);
    }
    expect(isTrashedArticleSlug).not.toHaveBeenCalled();
  });
});
