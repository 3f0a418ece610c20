import { describe, expect, it } from "vitest";
import { conditionalResponse, isNotModified, toCachedDocument } from "./conditional-response";

const doc = toCachedDocument("<xml/>", new Date("2026-11-20T09:00:00.750Z"));
const request = (headers: Record<string, string> = {}, method = "GET") =>
  new Request("https://gazeti.example/feed.xml", { headers, method });

describe("conditionalResponse", () => {
  it("sends the document with its validators, content type and bounded caching", async () => {
    const response = conditionalResponse(request(), doc, "application/xml; charset=utf-8");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(response.headers.get("etag")).toBe(doc.etag);
    expect(response.headers.get("last-modified")).toBe("Fri, 20 Nov 2026 09:00:00 GMT");
    expect(response.headers.get("cache-control")).toMatch(/s-maxage=300/);
    expect(await response.text()).toBe("<xml/>");
  });

  it("answers 304 with no body when the ETag matches, weak or in a list", async () => {
    for (const header of [doc.etag, `W/${doc.etag}`, `"other", ${doc.etag}`, "*"]) {
      const response = conditionalResponse(request({ "If-None-Match": header }), doc, "x");
      expect(response.status, header).toBe(304);
      expect(response.headers.get("etag")).toBe(doc.etag);
      expect(await response.text()).toBe("");
    }
  });

  it("answers 200 when the ETag differs, even if the date would match", () => {
    const headers = {
      "If-None-Match": '"old"',
      "If-Modified-Since": "Fri, 20 Nov 2026 10:00:00 GMT",
    };
    expect(isNotModified(request(headers), doc)).toBe(false);
  });

  it("compares If-Modified-Since in whole seconds", () => {
    const at = (date: string) => isNotModified(request({ "If-Modified-Since": date }), doc);
    expect(at("Fri, 20 Nov 2026 09:00:00 GMT")).toBe(true);
    expect(at("Fri, 20 Nov 2026 10:00:00 GMT")).toBe(true);
    expect(at("Fri, 20 Nov 2026 08:59:59 GMT")).toBe(false);
    expect(at("not a date")).toBe(false);
  });

  it("gives every version of a document a different ETag", () => {
    expect(toCachedDocument("<a/>", null).etag).not.toBe(toCachedDocument("<b/>", null).etag);
    expect(toCachedDocument("<a/>", null).etag).toBe(toCachedDocument("<a/>", null).etag);
  });

  it("sends no body for HEAD", async () => {
    const response = conditionalResponse(request({}, "HEAD"), doc, "x");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
  });
});
