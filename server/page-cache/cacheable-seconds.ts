import type { OutgoingHttpHeaders } from "node:http";
import { NEXT_CACHE_HEADER } from "@/server/next-internals/next-cache-header";

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
