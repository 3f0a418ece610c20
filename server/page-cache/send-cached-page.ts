import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { NEXT_CACHE_HEADER } from "@/server/next-internals/next-cache-header";
import { SURROGATE_KEY_HEADER } from "@/server/next-internals/surrogate-keys.mjs";
import { appendVary } from "./append-vary";
import { isPageNotModified } from "./is-page-not-modified";
import type { CachedPage } from "./page-cache";
import { PAGE_CACHE_HEADER } from "./page-cache-header";
import { pickEncoding } from "./pick-encoding";

const gunzip = promisify(zlib.gunzip);

// Answers a request from a stored page: 304 when the client holds it, otherwise the coding the
// client accepts. `state` says whether the page came from memory (HIT) or was just fetched.
export function sendCachedPage(
  request: IncomingMessage,
  response: ServerResponse,
  page: CachedPage,
  forwardSurrogateKeys: boolean,
  state: "HIT" | "MISS" | "PASS" = "HIT",
): void {
  for (const [name, value] of Object.entries(page.headers)) {
    if (name === SURROGATE_KEY_HEADER && !forwardSurrogateKeys) continue;
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
  if (isPageNotModified(request, page)) {
    for (const name of ["content-type", "content-length"]) response.removeHeader(name);
    response.statusCode = 304;
    response.end();
    return;
  }
  const encoding = pickEncoding(request.headers["accept-encoding"]);
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
