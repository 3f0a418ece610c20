import type { OutgoingHttpHeaders } from "node:http";

// Next's content-hashed JavaScript and CSS, sent uncompressed: kept (compressed once, at the best
// ratio) although they carry no cache tags.
export function isImmutableAsset(
  key: string,
  status: number,
  headers: OutgoingHttpHeaders,
): boolean {
  return (
    status === 200 &&
    key.startsWith("/_next/static/") &&
    !key.includes("?") &&
    /\bimmutable\b/.test(String(headers["cache-control"] ?? "")) &&
    /javascript|css/.test(String(headers["content-type"] ?? "")) &&
    headers["content-encoding"] === undefined
  );
}
