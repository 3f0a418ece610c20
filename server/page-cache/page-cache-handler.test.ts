import http from "node:http";
import zlib from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { NEXT_CACHE_HEADER } from "@/server/next-internals/next-cache-header";
import { PageCache } from "./page-cache";
import { createPageCacheHandler } from "./page-cache-handler";
import { PAGE_CACHE_HEADER } from "./page-cache-header";

// Stands in for Next's handler: answers like Next does (headers, ETag, gzip when the request
// accepts it, sometimes streamed in pieces) and counts what reaches it.
type Answer = {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  chunks?: string[];
};
let answers: Record<string, Answer> = {};
let rendered: string[] = [];
let beforeAnswer: (() => void) | undefined;

const PUBLIC = "public, max-age=0, s-maxage=300, stale-while-revalidate=60";
const article = "<!doctype html><p>" + "A story about tea prices in Kericho. ".repeat(200);

function fakeNext(request: http.IncomingMessage, response: http.ServerResponse): void {
  const url = request.url ?? "/";
  rendered.push(`${request.method} ${url} ${request.headers["accept-encoding"] ?? ""}`);
  beforeAnswer?.();
  const answer = answers[url.split("?")[0] ?? "/"] ?? {
    status: 404,
    headers: { "content-type": "text/html" },
    body: "<p>Not found</p>".repeat(100),
  };
  response.statusCode = answer.status ?? 200;
  for (const [name, value] of Object.entries(answer.headers ?? {})) response.setHeader(name, value);
  if (answer.chunks) {
    response.writeHead(response.statusCode);
    for (const chunk of answer.chunks) response.write(chunk);
    response.end();
    return;
  }
  const body = Buffer.from(answer.body ?? "");
  if (String(request.headers["accept-encoding"]).includes("gzip")) {
    response.setHeader("Content-Encoding", "gzip");
    response.end(zlib.gzipSync(body));
    return;
  }
  response.setHeader("Content-Length", body.length);
  response.end(body);
}

let server: http.Server;
let base = "";
let cache: PageCache;

beforeAll(async () => {
  server = http.createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => server.close());

let handler: http.RequestListener;
beforeEach(() => {
  cache = new PageCache(4 * 1024 * 1024);
  handler = createPageCacheHandler(cache, fakeNext, {
    forwardSurrogateKeys: false,
  }) as http.RequestListener;
  rendered = [];
  beforeAnswer = undefined;
  answers = {
    "/news/tea": {
      headers: {
        "content-type": "text/html; charset=utf-8",
        "cache-control": PUBLIC,
        etag: '"abc123"',
        "surrogate-key": "article:7 category:news",
        [NEXT_CACHE_HEADER.name]: NEXT_CACHE_HEADER.hit,
      },
      body: article,
    },
  };
});

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

function request(
  path: string,
  headers: Record<string, string> = {},
  method = "GET",
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(`${base}${path}`, { method, headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("end", () =>
        resolve({
          status: incoming.statusCode ?? 0,
          headers: incoming.headers,
          body: Buffer.concat(chunks),
        }),
      );
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

const decode = (reply: Reply) =>
  reply.headers["content-encoding"] === "br"
    ? zlib.brotliDecompressSync(reply.body).toString()
    : reply.headers["content-encoding"] === "gzip"
      ? zlib.gunzipSync(reply.body).toString()
      : reply.body.toString();

describe("serving public pages through the page cache", () => {
  it("asks Next once and answers the next requests from memory", async () => {
    const first = await request("/news/tea", { "accept-encoding": "gzip, br" });
    const second = await request("/news/tea", { "accept-encoding": "gzip, br" });
    expect(first.headers[PAGE_CACHE_HEADER]).toBe("MISS");
    expect(second.headers[PAGE_CACHE_HEADER]).toBe("HIT");
    expect(second.headers[NEXT_CACHE_HEADER.name]).toBe(NEXT_CACHE_HEADER.hit);
    expect(decode(second)).toBe(article);
    expect(rendered).toHaveLength(1);
  });

  it("stores the page uncompressed from Next and sends each client the coding it accepts", async () => {
    await request("/news/tea", { "accept-encoding": "gzip, deflate, br" });
    expect(rendered).toEqual(["GET /news/tea identity"]);
    const brotli = await request("/news/tea", { "accept-encoding": "gzip, deflate, br" });
    const gzip = await request("/news/tea", { "accept-encoding": "gzip" });
    const plain = await request("/news/tea");
    const noBrotli = await request("/news/tea", { "accept-encoding": "br;q=0, gzip" });
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(noBrotli.headers["content-encoding"]).toBe("gzip");
    for (const reply of [brotli, gzip, plain, noBrotli]) {
      expect(decode(reply)).toBe(article);
      expect(Number(reply.headers["content-length"])).toBe(reply.body.length);
      expect(reply.headers.vary).toMatch(/Accept-Encoding/);
    }
    expect(brotli.body.length).toBeLessThan(gzip.body.length);
  });

  it("answers a repeat visit with 304 when the page has not changed", async () => {
    const first = await request("/news/tea", { "accept-encoding": "gzip" });
    expect(first.headers.etag).toBe('"abc123"');
    const repeat = await request("/news/tea", { "if-none-match": '"abc123"' });
    expect(repeat.status).toBe(304);
    expect(repeat.body.length).toBe(0);
    const changed = await request("/news/tea", { "if-none-match": '"old"' });
    expect(changed.status).toBe(200);
  });

  it("answers If-Modified-Since from the stored Last-Modified when there is no If-None-Match", async () => {
    const lastModified = "Tue, 24 Nov 2026 08:00:00 GMT";
    answers["/feed.xml"] = {
      headers: {
        "content-type": "application/rss+xml",
        "cache-control": PUBLIC,
        "last-modified": lastModified,
        "surrogate-key": "feeds",
      },
      body: "<rss>" + "<item/>".repeat(300) + "</rss>",
    };
    await request("/feed.xml");
    expect((await request("/feed.xml", { "if-modified-since": lastModified })).status).toBe(304);
    const earlier = "Tue, 24 Nov 2026 07:59:59 GMT";
    expect((await request("/feed.xml", { "if-modified-since": earlier })).status).toBe(200);
  });

  it("passes on a 304 that Next decided itself, without a body or a length", async () => {
    answers["/robots.txt"] = { status: 304, headers: { etag: '"r1"', "cache-control": PUBLIC } };
    const reply = await request("/robots.txt", { "if-none-match": '"r1"' });
    expect(reply.status).toBe(304);
    expect(reply.headers[PAGE_CACHE_HEADER]).toBe("PASS");
    expect(reply.headers["content-length"]).toBeUndefined();
    expect(reply.body.length).toBe(0);
  });

  it("sends paths the server must decide afresh to Next even when a copy is stored", async () => {
    let trashed = false;
    handler = createPageCacheHandler(cache, fakeNext, {
      forwardSurrogateKeys: false,
      passThrough: (path) => trashed && path === "/news/tea",
    }) as http.RequestListener;
    await request("/news/tea");
    trashed = true;
    const reply = await request("/news/tea?utm_source=x");
    expect(reply.headers[PAGE_CACHE_HEADER]).toBeUndefined();
    expect(rendered).toHaveLength(2);
  });

  it("answers a conditional first request with 304 too", async () => {
    const first = await request("/news/tea", { "if-none-match": '"abc123"' });
    expect(first.status).toBe(304);
    expect(rendered).toEqual(["GET /news/tea identity"]);
  });

  it("keeps one copy for links that differ only by tracking parameters", async () => {
    await request("/news/tea?utm_source=whatsapp");
    const shared = await request("/news/tea?fbclid=abc");
    expect(shared.headers[PAGE_CACHE_HEADER]).toBe("HIT");
  });

  it("hides the cache tags unless an HTTP cache in front needs them", async () => {
    const hidden = await request("/news/tea");
    expect(hidden.headers["surrogate-key"]).toBeUndefined();
    handler = createPageCacheHandler(cache, fakeNext, {
      forwardSurrogateKeys: true,
    }) as http.RequestListener;
    const shown = await request("/news/tea");
    expect(shown.headers["surrogate-key"]).toBe("article:7 category:news");
  });

  it("asks Next again once a publish purges one of the page's tags", async () => {
    await request("/news/tea");
    cache.purge(["category:news"]);
    const after = await request("/news/tea");
    expect(after.headers[PAGE_CACHE_HEADER]).toBe("MISS");
    expect(rendered).toHaveLength(2);
  });

  it("asks Next once when many readers ask for the same page at the same moment", async () => {
    const replies = await Promise.all(
      Array.from({ length: 8 }, () => request("/news/tea", { "accept-encoding": "br" })),
    );
    expect(rendered).toHaveLength(1);
    for (const reply of replies) expect(decode(reply)).toBe(article);
  });

  it("lets waiting readers ask Next themselves when the page they waited for is not cacheable", async () => {
    answers["/private"] = {
      headers: { "content-type": "text/html", "cache-control": "private, no-store" },
      body: "<p>for you</p>".repeat(100),
    };
    const replies = await Promise.all(Array.from({ length: 3 }, () => request("/private")));
    expect(rendered).toHaveLength(3);
    for (const reply of replies) expect(reply.status).toBe(200);
  });

  it("does not store a page fetched while a purge happened", async () => {
    beforeAnswer = () => cache.purge(["article:7"]);
    const racing = await request("/news/tea");
    expect(racing.headers[PAGE_CACHE_HEADER]).toBe("PASS");
    expect(decode(racing)).toBe(article);
    beforeAnswer = undefined;
    await request("/news/tea");
    expect(rendered).toHaveLength(2);
  });

  it("passes through, compressed, what must not be stored: 404s, cookies, stale and private answers", async () => {
    const body = "<p>changing</p>".repeat(200);
    answers["/cookie"] = {
      headers: {
        "cache-control": PUBLIC,
        "surrogate-key": "home",
        "set-cookie": "a=1",
        "content-type": "text/html",
      },
      body,
    };
    answers["/stale"] = {
      headers: {
        "cache-control": PUBLIC,
        "surrogate-key": "home",
        [NEXT_CACHE_HEADER.name]: NEXT_CACHE_HEADER.stale,
        "content-type": "text/html",
      },
      body,
    };
    answers["/private"] = {
      headers: {
        "cache-control": "private, no-store",
        "surrogate-key": "home",
        "content-type": "text/html",
      },
      body,
    };
    answers["/untagged"] = {
      headers: { "cache-control": PUBLIC, "content-type": "text/html" },
      body,
    };
    for (const path of ["/missing", "/cookie", "/stale", "/private", "/untagged"]) {
      const reply = await request(path, { "accept-encoding": "gzip" });
      expect(reply.headers[PAGE_CACHE_HEADER], path).toBe("PASS");
      expect(reply.headers["content-encoding"], path).toBe("gzip");
      expect(decode(reply).length, path).toBeGreaterThan(1000);
      await request(path);
    }
    expect(rendered).toHaveLength(10);
    expect((await request("/missing")).status).toBe(404);
  });

  it("stores a page Next streams in pieces", async () => {
    answers["/streamed"] = {
      headers: { "content-type": "text/html", "cache-control": PUBLIC, "surrogate-key": "home" },
      chunks: ["<html>", "<p>part one</p>", "<p>part two</p>".repeat(100), "</html>"],
    };
    await request("/streamed");
    const cached = await request("/streamed", { "accept-encoding": "br" });
    expect(cached.headers[PAGE_CACHE_HEADER]).toBe("HIT");
    expect(decode(cached)).toBe(answers["/streamed"].chunks?.join(""));
  });

  it("compresses Next's static JavaScript once, at the best ratio, and keeps it through purges", async () => {
    const script = "function hydrate(){return 'React and the App Router';}\n".repeat(400);
    answers["/_next/static/chunks/app.js"] = {
      headers: {
        "content-type": "application/javascript; charset=UTF-8",
        "cache-control": "public, max-age=31536000, immutable",
      },
      body: script,
    };
    const first = await request("/_next/static/chunks/app.js", { "accept-encoding": "gzip, br" });
    expect(first.headers[PAGE_CACHE_HEADER]).toBe("PASS");
    expect(decode(first)).toBe(script);
    await expect.poll(() => cache.size).toBe(1);
    cache.purge(["home", "article:7"]);
    const later = await request("/_next/static/chunks/app.js", { "accept-encoding": "gzip, br" });
    expect(later.headers[PAGE_CACHE_HEADER]).toBe("HIT");
    expect(later.headers["content-encoding"]).toBe("br");
    expect(later.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(decode(later)).toBe(script);
    expect(rendered).toHaveLength(1);
  });

  it("answers HEAD from a stored page with headers and no body", async () => {
    await request("/news/tea");
    const head = await request("/news/tea", { "accept-encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers[PAGE_CACHE_HEADER]).toBe("HIT");
    expect(head.body.length).toBe(0);
  });

  it("leaves the newsroom, the API and navigation requests to Next untouched", async () => {
    for (const [path, headers] of [
      ["/admin/articles", {}],
      ["/api/views", {}],
      ["/news/tea", { rsc: "1" }],
    ] as const) {
      const reply = await request(path, { "accept-encoding": "gzip", ...headers });
      expect(reply.headers[PAGE_CACHE_HEADER], path).toBeUndefined();
    }
    expect(rendered.every((line) => line.endsWith(" gzip"))).toBe(true);
  });
});
