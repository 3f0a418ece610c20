import { describe, expect, it } from "vitest";
import { PageCache, type CachedPage } from "./page-cache";

const page = (tags: string[], bytes = 1000, expiresAt = Date.now() + 60_000): CachedPage => ({
  status: 200,
  headers: { "content-type": "text/html" },
  tags,
  gzip: Buffer.alloc(bytes),
  brotli: Buffer.alloc(bytes / 2),
  storedAt: Date.now(),
  expiresAt,
});

describe("the page cache", () => {
  it("returns a stored page until it expires", () => {
    const cache = new PageCache(1_000_000);
    const now = Date.now();
    cache.set("/news", page(["home"], 1000, now + 1000), cache.epoch);
    expect(cache.get("/news", now)?.tags).toEqual(["home"]);
    expect(cache.get("/news", now + 1000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("drops every page carrying a purged tag and keeps the others", () => {
    const cache = new PageCache(1_000_000);
    cache.set("/", page(["home", "article:1"]), cache.epoch);
    cache.set("/news/a", page(["article:1"]), cache.epoch);
    cache.set("/news/b", page(["article:2"]), cache.epoch);
    expect(cache.purge(["article:1"])).toBe(2);
    expect(cache.get("/")).toBeUndefined();
    expect(cache.get("/news/a")).toBeUndefined();
    expect(cache.get("/news/b")).toBeDefined();
  });

  it("refuses a page fetched while a purge happened, which may be the old version", () => {
    const cache = new PageCache(1_000_000);
    const epochAtFetch = cache.epoch;
    cache.purge(["article:1"]);
    expect(cache.set("/news/a", page(["article:1"]), epochAtFetch)).toBe(false);
    expect(cache.get("/news/a")).toBeUndefined();
  });

  it("keeps storing after a purge of no tags, which changed nothing", () => {
    const cache = new PageCache(1_000_000);
    const epochAtFetch = cache.epoch;
    expect(cache.purge([])).toBe(0);
    expect(cache.set("/news/a", page(["article:1"]), epochAtFetch)).toBe(true);
  });

  it("evicts the least recently read pages to stay within its memory budget", () => {
    const cache = new PageCache(65_000);
    for (let index = 0; index < 8; index += 1) {
      expect(cache.set(`/p${index}`, page([`p${index}`], 4000), cache.epoch)).toBe(true);
    }
    cache.get("/p0");
    cache.set("/p8", page(["p8"], 4000), cache.epoch);
    expect(cache.get("/p1")).toBeUndefined();
    expect(cache.get("/p0")).toBeDefined();
    expect(cache.get("/p8")).toBeDefined();
    expect(cache.usedBytes).toBeLessThanOrEqual(65_000);
  });

  it("does not let one huge answer push out everything else", () => {
    const cache = new PageCache(80_000);
    cache.set("/a", page(["a"], 4000), cache.epoch);
    expect(cache.set("/huge", page(["huge"], 40_000), cache.epoch)).toBe(false);
    expect(cache.get("/a")).toBeDefined();
  });

  it("forgets a replaced page's tags, so a purge of an old tag leaves the new page alone", () => {
    const cache = new PageCache(1_000_000);
    cache.set("/a", page(["article:1"]), cache.epoch);
    cache.set("/a", page(["article:2"]), cache.epoch);
    cache.purge(["article:1"]);
    expect(cache.get("/a")?.tags).toEqual(["article:2"]);
  });

  it("empties completely on clear", () => {
    const cache = new PageCache(1_000_000);
    cache.set("/a", page(["a"]), cache.epoch);
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.usedBytes).toBe(0);
  });
});
