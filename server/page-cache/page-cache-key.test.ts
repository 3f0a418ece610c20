import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { NEXT_RSC_REQUEST } from "@/server/next-internals/next-rsc-request";
import { TRACKING_PARAMETERS, pageCacheKey } from "./page-cache-key";

const get = (url: string, headers: Record<string, string> = {}) =>
  pageCacheKey({ method: "GET", url, headers });

describe("the page cache key", () => {
  it("is the path and query of a public page", () => {
    expect(get("/")).toBe("/");
    expect(get("/news/page/2")).toBe("/news/page/2");
    expect(get("/feed.xml")).toBe("/feed.xml");
    expect(get("/_next/static/chunks/3nh21m8y7lntt.js")).toBe(
      "/_next/static/chunks/3nh21m8y7lntt.js",
    );
    expect(pageCacheKey({ method: "HEAD", url: "/news", headers: {} })).toBe("/news");
  });

  it("leaves out tracking parameters, so a shared link does not make its own copy", () => {
    expect(get("/news/a?utm_source=whatsapp&utm_medium=social")).toBe("/news/a");
    expect(get("/news/a?fbclid=IwAR0abc")).toBe("/news/a");
    expect(get("/news/a?x=1&UTM_Campaign=y&gclid=2")).toBe("/news/a?x=1");
  });

  it("is null for requests a cached page must never answer", () => {
    expect(pageCacheKey({ method: "POST", url: "/news", headers: {} })).toBeNull();
    expect(get("/admin")).toBeNull();
    expect(get("/admin/articles")).toBeNull();
    expect(get("/api/views")).toBeNull();
    expect(get("/search?q=tea")).toBeNull();
    expect(get("/_next/image?url=x")).toBeNull();
    expect(get("/media/abc-640.avif")).toBeNull();
    expect(get("//evil.example/")).toBeNull();
  });

  it("is null for a full page whose reader proxy.ts sends to the lite edition", () => {
    expect(get("/news/a", { "save-data": "on" })).toBeNull();
    expect(get("/", { cookie: "gazeti-edition=lite" })).toBeNull();
    expect(get("/news/a", { "save-data": "on", cookie: "x=1; gazeti-edition=full" })).toBe(
      "/news/a",
    );
    expect(get("/lite/news/a", { "save-data": "on" })).toBe("/lite/news/a");
    expect(get("/feed.xml", { "save-data": "on" })).toBe("/feed.xml");
    expect(get("/news", { cookie: "theme=dark" })).toBe("/news");
  });

  it("is the path of listings under the app's own cacheable segments", () => {
    expect(get("/tag/haiti-mission")).toBe("/tag/haiti-mission");
    expect(get("/author/amina-otieno/page/2")).toBe("/author/amina-otieno/page/2");
    expect(get("/sitemaps/articles-1.xml")).toBe("/sitemaps/articles-1.xml");
    expect(get("/administration")).toBe("/administration");
  });

  it("is null for Next's client-side navigation, which asks for RSC payloads", () => {
    for (const header of Object.values(NEXT_RSC_REQUEST.headers)) {
      expect(get("/news", { [header]: "1" }), header).toBeNull();
    }
    expect(get(`/news?${NEXT_RSC_REQUEST.query}=abc12`)).toBeNull();
    expect(get(`/news?a=1&${NEXT_RSC_REQUEST.query}=abc12`)).toBeNull();
  });

  it("is null for partial and authenticated requests", () => {
    expect(get("/news", { range: "bytes=0-10" })).toBeNull();
    expect(get("/news", { authorization: "Basic x" })).toBeNull();
  });

  it("strips the same tracking parameters as the Varnish configuration", () => {
    const vcl = fs.readFileSync("deploy/varnish/gazeti.vcl", "utf8");
    for (const name of TRACKING_PARAMETERS)
      expect(vcl).toMatch(new RegExp(`\\|${name}\\||\\|${name}\\)`));
    expect(vcl).toContain("utm_[a-z0-9_]*");
  });
});
