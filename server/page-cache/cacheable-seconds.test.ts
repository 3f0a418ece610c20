import { describe, expect, it } from "vitest";
import { NEXT_CACHE_HEADER } from "@/server/next-internals/next-cache-header";
import { cacheableSeconds } from "./cacheable-seconds";

const PUBLIC = "public, max-age=0, s-maxage=300, stale-while-revalidate=60";

describe("which answers may be kept", () => {
  it("keeps a public 200 for its s-maxage", () => {
    expect(cacheableSeconds(200, { "cache-control": PUBLIC })).toBe(300);
  });

  it("keeps nothing without s-maxage, or that is private, stale, set a cookie or is not a 200", () => {
    expect(cacheableSeconds(200, { "cache-control": "public, max-age=60" })).toBe(0);
    expect(cacheableSeconds(200, { "cache-control": "private, s-maxage=60" })).toBe(0);
    const stale = { [NEXT_CACHE_HEADER.name]: NEXT_CACHE_HEADER.stale };
    expect(cacheableSeconds(200, { "cache-control": PUBLIC, ...stale })).toBe(0);
    expect(cacheableSeconds(200, { "cache-control": PUBLIC, "set-cookie": ["a=1"] })).toBe(0);
    expect(cacheableSeconds(308, { "cache-control": PUBLIC })).toBe(0);
    expect(cacheableSeconds(404, { "cache-control": PUBLIC })).toBe(0);
  });
});
