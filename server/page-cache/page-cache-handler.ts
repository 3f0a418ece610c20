import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { isNotModified as isHttpNotModified } from "@/lib/http/is-not-modified";
import { NEXT_CACHE_HEADER } from "@/server/next-internals/next-cache-header";
import { SURROGATE_KEY_HEADER } from "@/server/next-internals/surrogate-keys.mjs";
import type { CachedPage, PageCache } from "./page-cache";
import { pageCacheKey } from "./page-cache-key";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

export const PAGE_CACHE_HEADER = "x-gazeti-page-cache";

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);
const gunzip = promisify(zlib.gunzip);

// Compressed once per stored page, off the main thread. Brotli makes an article about 30 % smaller
// than gzip does, which readers on metered data pay for; quality 6 costs about as much CPU as
// gzip (qualities 9 to 11 win a few percent more for 10 to 100 times the time).
const GZIP_OPTIONS: zlib.ZlibOptions = { level: 6 };
const brotliOptions = (size: number): zlib.BrotliOptions => ({
  params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 6,
    [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
    [zlib.constants.BROTLI_PARAM_LGWIN]: windowBits(size),
  },
});

// Next's content-hashed JavaScript and CSS never change under their address: compressed once at
// the best ratio, which saves a reader on metered data about 20 KB of the ~140 KB of JavaScript a
// first visit downloads, then kept until evicted.
const BEST_GZIP: zlib.ZlibOptions = { level: 9 };
const bestBrotli = (size: number): zlib.BrotliOptions => ({
  params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
    [zlib.constants.BROTLI_PARAM_LGWIN]: windowBits(size),
  },
});
const YEAR_MS = 365 * 24 * 3600 * 1000;

// Brotli's window defaults to 4 MB, with the encoder's tables sized to match: a window just
// larger than the body compresses the same and keeps each compression to a few megabytes.
function windowBits(size: number): number {
  return Math.min(24, Math.max(16, Math.ceil(Math.log2(size + 1))));
}

// How long a request waits for the same page being fetched by another before asking Next itself.
const COALESCE_TIMEOUT_MS = 10_000;

// Headers that describe one transfer, not the page.
const TRANSFER_HEADERS = [
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
];

export type PageCacheHandlerOptions = {
  // Keep the Surrogate-Key header on responses (an HTTP cache in front reads it); otherwise it is
  // only read here and removed.
  forwardSurrogateKeys: boolean;
  // Paths that must reach Next even when a copy is stored: a story trashed by another process
  // answers 410 from proxy.ts within a second, as it does without this cache.
  passThrough?: (path: string) => boolean;
};

// Wraps Next's request handler: public pages are answered from `cache` when it holds them, and
// stored on their way out when Next marks them cacheable (cacheableSeconds).
export function createPageCacheHandler(
  cache: PageCache,
  next: Handler,
  options: PageCacheHandlerOptions,
): Handler {
  // Assets being compressed in the background, so that readers arriving together after a start
  // do not compress the same file at once.
  const compressing = new Set<string>();
  const storeAsset = (key: string, headers: CachedPage["headers"], body: Buffer) => {
    if (compressing.has(key)) return;
    compressing.add(key);
    Promise.all([gzip(body, BEST_GZIP), brotli(body, bestBrotli(body.length))])
      .then(([gzipped, brotlied]) => {
        const now = Date.now();
        const asset = { status: 200, headers, tags: [], gzip: gzipped, brotli: brotlied };
        cache.set(key, { ...asset, storedAt: now, expiresAt: now + YEAR_MS }, cache.epoch);
      })
      .catch((error: unknown) => console.error("[gazeti] could not compress", key, error))
      .finally(() => compressing.delete(key));
  };
  // Pages being fetched from Next: readers asking for one meanwhile (a purged front page during
  // breaking news) wait for that answer instead of each rendering and compressing it again.
  const fetching = new Map<string, Promise<CachedPage | undefined>>();
  return (request, response) => {
    const key = pageCacheKey(request);
    if (key === null || options.passThrough?.(pathOf(key))) return next(request, response);
    const page = cache.get(key);
    if (page) return sendCachedPage(request, response, page, options);
    if (request.method !== "GET") return next(request, response);
    const pending = fetching.get(key);
    if (pending) {
      const timeout = delay(COALESCE_TIMEOUT_MS, undefined, { ref: false });
      void Promise.race([pending, timeout]).then((fetched) => {
        if (fetched) sendCachedPage(request, response, fetched, options);
        else fetchAndStore(request, response, key, cache, next, options, storeAsset, () => {});
      });
      return;
    }
    let settle: (page: CachedPage | undefined) => void = () => {};
    fetching.set(key, new Promise((resolve) => (settle = resolve)));
    fetchAndStore(request, response, key, cache, next, options, storeAsset, (fetched) => {
      fetching.delete(key);
      settle(fetched);
    });
  };
}

function fetchAndStore(
  request: IncomingMessage,
  response: ServerResponse,
  key: string,
  cache: PageCache,
  next: Handler,
  options: PageCacheHandlerOptions,
  storeAsset: (key: string, headers: CachedPage["headers"], body: Buffer) => void,
  // Called once, with the stored page, or nothing when the answer was not stored.
  done: (page: CachedPage | undefined) => void,
): void {
  const epoch = cache.epoch;
  let reported = false;
  const report = (page: CachedPage | undefined) => {
    if (reported) return;
    reported = true;
    done(page);
  };
  const acceptEncoding = request.headers["accept-encoding"];
  // Next is asked for the uncompressed page: that is what gets stored. Conditional headers stay:
  // a 304 from Next is passed on (and not stored).
  request.headers["accept-encoding"] = "identity";

  const chunks: Buffer[] = [];
  const { writeHead, end } = response;
  let finished = false;
  response.writeHead = function capturedWriteHead(
    this: ServerResponse,
    statusCode: number,
    ...rest: unknown[]
  ) {
    response.statusCode = statusCode;
    const headers = rest.find((value) => typeof value === "object" && value !== null);
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) {
        response.setHeader(String(headers[i]), headers[i + 1] as string);
      }
    } else if (headers) {
      for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders)) {
        if (value !== undefined) response.setHeader(name, value);
      }
    }
    return response;
  } as ServerResponse["writeHead"];
  response.flushHeaders = () => {};
  response.write = function capturedWrite(chunk: unknown, ...rest: unknown[]) {
    chunks.push(toBuffer(chunk, rest[0]));
    const callback = rest.find((value) => typeof value === "function") as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  } as ServerResponse["write"];
  response.end = function capturedEnd(...args: unknown[]) {
    if (finished) return response;
    finished = true;
    const callback = args.find((value) => typeof value === "function") as (() => void) | undefined;
    if (args.length > 0 && typeof args[0] !== "function" && args[0] != null) {
      chunks.push(toBuffer(args[0], args[1]));
    }
    response.writeHead = writeHead;
    response.end = end;
    void complete(Buffer.concat(chunks)).then(callback, (error: unknown) => {
      report(undefined);
      console.error("[gazeti] page cache could not send a response", error);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
    return response;
  } as ServerResponse["end"];

  Promise.resolve(next(request, response)).catch((error: unknown) => {
    console.error("[gazeti] request failed", error);
    if (finished) return;
    response.statusCode = 500;
    response.end();
  });

  async function complete(body: Buffer): Promise<void> {
    const headers = storableHeaders(response);
    const ttlSeconds = cacheableSeconds(response.statusCode, response.getHeaders());
    const tags = String(response.getHeader(SURROGATE_KEY_HEADER) ?? "")
      .split(" ")
      .filter(Boolean);
    if (ttlSeconds > 0 && tags.length > 0) {
      const [gzipped, brotlied] = await Promise.all([
        gzip(body, GZIP_OPTIONS),
        brotli(body, brotliOptions(body.length)),
      ]);
      const now = Date.now();
      const page: CachedPage = {
        status: response.statusCode,
        headers,
        tags,
        gzip: gzipped,
        brotli: brotlied,
        storedAt: now,
        expiresAt: now + ttlSeconds * 1000,
      };
      const stored = cache.set(key, page, epoch);
      report(stored ? page : undefined);
      request.headers["accept-encoding"] = acceptEncoding;
      resetHeaders(response);
      sendCachedPage(request, response, page, options, stored ? "MISS" : "PASS");
      return;
    }
    report(undefined);
    if (isImmutableAsset(key, response.statusCode, response.getHeaders())) {
      storeAsset(key, headers, body);
    }
    if (!options.forwardSurrogateKeys) response.removeHeader(SURROGATE_KEY_HEADER);
    response.setHeader(PAGE_CACHE_HEADER, "PASS");
    if (response.statusCode === 304 || response.statusCode === 204) {
      response.removeHeader("content-length");
      response.end();
      return;
    }
    // Not cacheable (an error, a redirect, a 404, a page without tags): sent as it came,
    // compressed as the client asked.
    const encoding = response.hasHeader("content-encoding")
      ? null
      : pickEncoding(acceptEncoding, response.getHeader("content-type"), body);
    const encoded =
      encoding === "br"
        ? await brotli(body, brotliOptions(body.length))
        : encoding === "gzip"
          ? await gzip(body)
          : body;
    if (encoding) {
      response.setHeader("Content-Encoding", encoding);
      appendVary(response, "Accept-Encoding");
    }
    response.setHeader("Content-Length", encoded.length);
    response.end(request.method === "HEAD" ? undefined : encoded);
  }
}

function sendCachedPage(
  request: IncomingMessage,
  response: ServerResponse,
  page: CachedPage,
  options: PageCacheHandlerOptions,
  state: "HIT" | "MISS" | "PASS" = "HIT",
): void {
  for (const [name, value] of Object.entries(page.headers)) {
    if (name === SURROGATE_KEY_HEADER && !options.forwardSurrogateKeys) continue;
    response.setHeader(name, value);
  }
  if (state === "HIT") {
    if (page.headers[NEXT_CACHE_HEADER.name] !== undefined) {
      response.setHeader(NEXT_CACHE_HEADER.name, NEXT_CACHE_HEADER.hit);
    }
    response.setHeader("Age", Math.max(0, Math.floor((Date.now() - page.storedAt) / 1000)));
  }
  response.setHeader(PAGE_CACHE_HEADER, state);
  appendVary(response, "Accept-Encoding");
  if (isNotModified(request, page)) {
    for (const name of ["content-type", "content-length"]) response.removeHeader(name);
    response.statusCode = 304;
    response.end();
    return;
  }
  const accepted = acceptedCodings(request.headers["accept-encoding"]);
  const encoding = accepted.has("br") ? "br" : accepted.has("gzip") ? "gzip" : null;
  const send = (body: Buffer) => {
    if (encoding) response.setHeader("Content-Encoding", encoding);
    response.statusCode = page.status;
    response.setHeader("Content-Length", body.length);
    response.end(request.method === "HEAD" ? undefined : body);
  };
  if (encoding) {
    send(encoding === "br" ? page.brotli : page.gzip);
    return;
  }
  // Clients that accept no compression (health checks, some bots) are rare: the plain page is
  // unpacked for them off the main thread rather than kept in memory.
  gunzip(page.gzip).then(send, (error: unknown) => {
    console.error("[gazeti] page cache could not unpack a page", error);
    response.statusCode = 500;
    response.end();
  });
}

// Seconds a shared cache may keep this answer (its s-maxage), or 0 when it must not be kept:
// only complete 200 pages that Next marks public and did not serve stale, without cookies.
export function cacheableSeconds(status: number, headers: OutgoingHttpHeaders): number {
  if (status !== 200 || headers["set-cookie"] !== undefined) return 0;
  if (headers["content-encoding"] !== undefined) return 0;
  if (String(headers[NEXT_CACHE_HEADER.name] ?? "").toUpperCase() === NEXT_CACHE_HEADER.stale) {
    return 0;
  }
  const cacheControl = String(headers["cache-control"] ?? "").toLowerCase();
  if (/\b(?:private|no-store|no-cache)\b/.test(cacheControl)) return 0;
  const sharedMaxAge = /\bs-maxage=(\d+)/.exec(cacheControl);
  return sharedMaxAge ? Number(sharedMaxAge[1]) : 0;
}

function isImmutableAsset(key: string, status: number, headers: OutgoingHttpHeaders): boolean {
  return (
    status === 200 &&
    key.startsWith("/_next/static/") &&
    !key.includes("?") &&
    /\bimmutable\b/.test(String(headers["cache-control"] ?? "")) &&
    /javascript|css/.test(String(headers["content-type"] ?? "")) &&
    headers["content-encoding"] === undefined
  );
}

function storableHeaders(response: ServerResponse): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(response.getHeaders())) {
    if (value === undefined || TRANSFER_HEADERS.includes(name)) continue;
    headers[name] = Array.isArray(value) ? value : String(value);
  }
  return headers;
}

function resetHeaders(response: ServerResponse): void {
  for (const name of response.getHeaderNames()) response.removeHeader(name);
}

function isNotModified(request: IncomingMessage, page: CachedPage): boolean {
  const { etag, "last-modified": lastModified } = page.headers;
  return isHttpNotModified(
    {
      ifNoneMatch: request.headers["if-none-match"],
      ifModifiedSince: request.headers["if-modified-since"],
    },
    {
      etag: typeof etag === "string" ? etag : null,
      lastModified: typeof lastModified === "string" ? Date.parse(lastModified) : null,
    },
  );
}

function pickEncoding(
  acceptEncoding: string | string[] | undefined,
  contentType: unknown,
  body: Buffer,
): "br" | "gzip" | null {
  if (body.length < 1024 || !/text|json|xml|javascript/.test(String(contentType ?? ""))) {
    return null;
  }
  const accepted = acceptedCodings(acceptEncoding);
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip")) return "gzip";
  return null;
}

// "gzip, br;q=0" -> {gzip}: the codings a client accepts, those with q=0 left out.
function acceptedCodings(acceptEncoding: string | string[] | undefined): Set<string> {
  const codings = new Set<string>();
  for (const item of String(acceptEncoding ?? "").split(",")) {
    const [name, ...params] = item.split(";").map((part) => part.trim().toLowerCase());
    const quality = params.find((param) => param.startsWith("q="));
    if (name && (quality === undefined || Number(quality.slice(2)) > 0)) codings.add(name);
  }
  return codings;
}

function appendVary(response: ServerResponse, field: string): void {
  const vary = String(response.getHeader("vary") ?? "");
  const fields = vary
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  if (fields.some((name) => name.toLowerCase() === field.toLowerCase())) return;
  response.setHeader("Vary", [...fields, field].join(", "));
}

function toBuffer(chunk: unknown, encoding: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
  return Buffer.from(
    String(chunk),
    typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8",
  );
}

function pathOf(key: string): string {
  const queryStart = key.indexOf("?");
  return queryStart === -1 ? key : key.slice(0, queryStart);
}
