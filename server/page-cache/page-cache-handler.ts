import type { IncomingMessage, ServerResponse } from "node:http";
import { SURROGATE_KEY_HEADER } from "@/server/next-internals/surrogate-keys.mjs";
import { cacheableSeconds } from "./cacheable-seconds";
import { captureResponse } from "./capture-response";
import { compressBoth } from "./compress-both";
import { COMPRESSION_OPTIONS } from "./compression-options";
import { FetchCoalescer } from "./fetch-coalescer";
import { isImmutableAsset } from "./is-immutable-asset";
import type { CachedPage, PageCache } from "./page-cache";
import { pageCacheKey } from "./page-cache-key";
import { sendCachedPage } from "./send-cached-page";
import { sendUncacheable } from "./send-uncacheable";
import { storableHeaders } from "./storable-headers";
import { varyOnSaveData } from "./vary-on-save-data";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

const YEAR_MS = 365 * 24 * 3600 * 1000;

export type PageCacheHandlerOptions = {
  // Keep the Surrogate-Key header on responses (an HTTP cache in front reads it); otherwise it is
  // only read here and removed.
  forwardSurrogateKeys: boolean;
  // Paths that must reach Next even when a copy is stored: a story trashed by another process
  // answers 410 from proxy.ts within a second, as it does without this cache.
  passThrough?: (path: string) => boolean;
};

type StoreAsset = (key: string, headers: CachedPage["headers"], body: Buffer) => void;

// Wraps Next's request handler: public pages are answered from `cache` when it holds them, and
// stored on their way out when Next marks them cacheable (cacheableSeconds).
export function createPageCacheHandler(
  cache: PageCache,
  next: Handler,
  options: PageCacheHandlerOptions,
): Handler {
  const { forwardSurrogateKeys } = options;
  // Assets being compressed in the background, so that readers arriving together after a start
  // do not compress the same file at once.
  const compressing = new Set<string>();
  const storeAsset: StoreAsset = (key, headers, body) => {
    if (compressing.has(key)) return;
    compressing.add(key);
    compressBoth(body, COMPRESSION_OPTIONS.asset)
      .then((compressed) => {
        const now = Date.now();
        const asset = { status: 200, headers, tags: [], ...compressed };
        cache.set(key, { ...asset, storedAt: now, expiresAt: now + YEAR_MS }, cache.epoch);
      })
      .catch((error: unknown) => console.error("[gazeti] could not compress", key, error))
      .finally(() => compressing.delete(key));
  };
  const fetches = new FetchCoalescer<CachedPage>();
  return (request, response) => {
    const key = pageCacheKey(request);
    if (key === null || options.passThrough?.(pathOf(key))) return next(request, response);
    const page = cache.get(key);
    if (page) return sendCachedPage(request, response, page, forwardSurrogateKeys);
    if (request.method !== "GET") return next(request, response);
    const pending = fetches.waitFor(key);
    if (pending) {
      void pending.then((fetched) => {
        if (fetched) sendCachedPage(request, response, fetched, forwardSurrogateKeys);
        else fetchAndStore(request, response, key, cache, next, options, storeAsset, () => {});
      });
      return;
    }
    fetchAndStore(request, response, key, cache, next, options, storeAsset, fetches.start(key));
  };
}

function fetchAndStore(
  request: IncomingMessage,
  response: ServerResponse,
  key: string,
  cache: PageCache,
  next: Handler,
  options: PageCacheHandlerOptions,
  storeAsset: StoreAsset,
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

  const captured = captureResponse(response, complete, (error: unknown) => {
    report(undefined);
    console.error("[gazeti] page cache could not send a response", error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });

  Promise.resolve(next(request, response)).catch((error: unknown) => {
    console.error("[gazeti] request failed", error);
    if (captured.ended()) return;
    response.statusCode = 500;
    response.end();
  });

  async function complete(body: Buffer): Promise<void> {
    const headers = varyOnSaveData(storableHeaders(response), pathOf(key));
    const ttlSeconds = cacheableSeconds(response.statusCode, response.getHeaders());
    const tags = String(response.getHeader(SURROGATE_KEY_HEADER) ?? "")
      .split(" ")
      .filter(Boolean);
    if (ttlSeconds > 0 && tags.length > 0) {
      const compressed = await compressBoth(body, COMPRESSION_OPTIONS.page);
      const now = Date.now();
      const page: CachedPage = {
        status: response.statusCode,
        headers,
        tags,
        ...compressed,
        storedAt: now,
        expiresAt: now + ttlSeconds * 1000,
      };
      const stored = cache.set(key, page, epoch);
      report(stored ? page : undefined);
      request.headers["accept-encoding"] = acceptEncoding;
      for (const name of response.getHeaderNames()) response.removeHeader(name);
      sendCachedPage(
        request,
        response,
        page,
        options.forwardSurrogateKeys,
        stored ? "MISS" : "PASS",
      );
      return;
    }
    report(undefined);
    if (isImmutableAsset(key, response.statusCode, response.getHeaders())) {
      storeAsset(key, headers, body);
    }
    await sendUncacheable(request, response, body, acceptEncoding, options.forwardSurrogateKeys);
  }
}

function pathOf(key: string): string {
  const queryStart = key.indexOf("?");
  return queryStart === -1 ? key : key.slice(0, queryStart);
}
