import http from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { purgeHttpCache } from "./purge-http-cache";
import { NEXT_CACHE_TAGS_HEADER } from "../next-internals/next-cache-tags-header.mjs";
import { NEXT_IMPLICIT_TAG_PREFIX as IMPLICIT } from "../next-internals/next-implicit-tag-prefix.mjs";
import { toSurrogateKeys, withSurrogateKeys } from "../next-internals/surrogate-keys.mjs";

type Received = { method: string; keys: string };
let server: http.Server;
let url = "";
let received: Received[] = [];
let status = 200;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    received.push({ method: request.method ?? "", keys: String(request.headers["xkey-purge"]) });
    response.statusCode = status;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
});

afterAll(() => server.close());

beforeEach(() => {
  received = [];
  status = 200;
});

describe("purging the HTTP cache", () => {
  it("sends PURGE with the tags as space-separated keys", async () => {
    const result = await purgeHttpCache(["article:12", "home", "article:12", "category:news"], url);
    expect(result).toEqual({ purged: true });
    expect(received).toEqual([{ method: "PURGE", keys: "article:12 home category:news" }]);
  });

  it("splits long tag lists over several requests", async () => {
    const tags = Array.from({ length: 250 }, (_, index) => `article:${index}`);
    await purgeHttpCache(tags, url);
    expect(received).toHaveLength(3);
    expect(received.flatMap((request) => request.keys.split(" "))).toEqual(tags);
  });

  it("does nothing when no HTTP cache is configured", async () => {
    expect(await purgeHttpCache(["home"], undefined)).toEqual({ purged: false });
    expect(received).toEqual([]);
  });

  it("reports a refused purge instead of throwing", async () => {
    status = 403;
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await purgeHttpCache(["home"], url)).toEqual({ purged: false, error: "HTTP 403" });
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});

describe("surrogate keys", () => {
  it("are the page's own cache tags, without Next's implicit path tags", () => {
    expect(
      toSurrogateKeys(`${IMPLICIT}/layout,${IMPLICIT}/news/x,nav,pages,article:3,category:news`),
    ).toBe("nav pages article:3 category:news");
  });

  it("are added to a cached page only when a purgeable cache is configured", () => {
    const tags = `${IMPLICIT}/layout,home,article:1`;
    const page = () => ({
      kind: "APP_PAGE",
      headers: { [NEXT_CACHE_TAGS_HEADER]: tags } as Record<string, string>,
    });
    const withCache = withSurrogateKeys(page(), { HTTP_CACHE_PURGE_URL: "http://127.0.0.1:6081/" });
    expect(withCache.headers["surrogate-key"]).toBe("home article:1");
    const stored = withSurrogateKeys(withCache, {});
    expect(stored.headers["surrogate-key"]).toBeUndefined();
  });
});
