import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { SURROGATE_KEY_HEADER } from "@/server/next-internals/surrogate-keys.mjs";
import { appendVary } from "./append-vary";
import { COMPRESSION_OPTIONS } from "./compression-options";
import { PAGE_CACHE_HEADER } from "./page-cache-header";
import { pickEncoding } from "./pick-encoding";

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

// Sends an answer captured from Next that is not stored (an error, a redirect, a 404, a page
// without tags, a 304 Next decided), as it came, compressed as the client asked when it is text
// worth compressing. The response still holds Next's status and headers.
export async function sendUncacheable(
  request: IncomingMessage,
  response: ServerResponse,
  body: Buffer,
  acceptEncoding: string | string[] | undefined,
  forwardSurrogateKeys: boolean,
): Promise<void> {
  if (!forwardSurrogateKeys) response.removeHeader(SURROGATE_KEY_HEADER);
  response.setHeader(PAGE_CACHE_HEADER, "PASS");
  if (response.statusCode === 304 || response.statusCode === 204) {
    response.removeHeader("content-length");
    response.end();
    return;
  }
  const encoding =
    response.hasHeader("content-encoding") ||
    !isCompressible(response.getHeader("content-type"), body)
      ? null
      : pickEncoding(acceptEncoding);
  const encoded =
    encoding === "br"
      ? await brotli(body, COMPRESSION_OPTIONS.page.brotli(body.length))
      : encoding === "gzip"
        ? await gzip(body, COMPRESSION_OPTIONS.page.gzip)
        : body;
  if (encoding) {
    response.setHeader("Content-Encoding", encoding);
    appendVary(response, "Accept-Encoding");
  }
  response.setHeader("Content-Length", encoded.length);
  response.end(request.method === "HEAD" ? undefined : encoded);
}

function isCompressible(contentType: unknown, body: Buffer): boolean {
  return body.length >= 1024 && /text|json|xml|javascript/.test(String(contentType ?? ""));
}
