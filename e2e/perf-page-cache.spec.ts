// The server's page cache (docs/decisions/0010) as readers and crawlers meet it: repeat requests
// answered from memory in the smallest coding the client accepts, one copy per page whatever the
// tracking parameters, 304 for a repeat visit, and the newsroom and search never served from it.
// Publishing through it is covered by the newsroom and scheduler specs, whose servers run it too.
import { expect, test } from "@playwright/test";
import { PAGE_CACHE_HEADER as PAGE_CACHE } from "@/server/page-cache/page-cache-header";
import { findArticlePath } from "./fixtures";

test.describe("the page cache", () => {
  test("answers the second request for a story from memory, brotli-compressed for a browser", async ({
    request,
  }) => {
    const path = await findArticlePath(request);
    await request.get(path);
    const again = await request.get(path, { headers: { "Accept-Encoding": "gzip, deflate, br" } });
    expect(again.status()).toBe(200);
    expect(again.headers()[PAGE_CACHE]).toBe("HIT");
    expect(again.headers()["content-encoding"]).toBe("br");
    expect(again.headers()["vary"]).toMatch(/Accept-Encoding/);
    expect(await again.text()).toContain("</html>");
    const gzipOnly = await request.get(path, { headers: { "Accept-Encoding": "gzip" } });
    expect(gzipOnly.headers()["content-encoding"]).toBe("gzip");
    expect(await gzipOnly.text()).toBe(await again.text());
  });

  test("keeps one copy of a page shared with tracking parameters", async ({ request }) => {
    const path = await findArticlePath(request);
    await request.get(path);
    const shared = await request.get(`${path}?utm_source=whatsapp&utm_medium=social&fbclid=x1`);
    expect(shared.status()).toBe(200);
    expect(shared.headers()[PAGE_CACHE]).toBe("HIT");
  });

  test("answers a reader's repeat visit with 304 Not Modified", async ({ request }) => {
    const first = await request.get("/");
    const etag = first.headers()["etag"];
    expect(etag).toBeTruthy();
    const repeat = await request.get("/", { headers: { "If-None-Match": etag ?? "" } });
    expect(repeat.status()).toBe(304);
    expect(await repeat.body()).toHaveLength(0);
  });

  test("never answers the newsroom, search results or a 404 from memory", async ({ request }) => {
    for (const path of ["/admin/login", "/search?q=tea", "/news/no-such-story-here"]) {
      await request.get(path);
      const again = await request.get(path);
      expect(again.headers()[PAGE_CACHE] ?? "none", path).not.toBe("HIT");
    }
  });

  test("sends Next's JavaScript brotli-compressed once it has been asked for", async ({
    request,
  }) => {
    const html = await (await request.get("/")).text();
    const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    await request.get(script ?? "");
    await expect
      .poll(async () => {
        const response = await request.get(script ?? "", {
          headers: { "Accept-Encoding": "gzip, br" },
        });
        return `${response.headers()[PAGE_CACHE]} ${response.headers()["content-encoding"]}`;
      })
      .toBe("HIT br");
  });

  test("hides the cache tags it files pages by", async ({ request }) => {
    const response = await request.get("/");
    expect(response.headers()["surrogate-key"]).toBeUndefined();
  });
});
