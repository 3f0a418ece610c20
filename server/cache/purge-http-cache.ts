import { getConfig } from "@/lib/config";

// The request header deploy/varnish/gazeti.vcl reads the keys to purge from.
export const PURGE_KEYS_HEADER = "xkey-purge";
const KEYS_PER_REQUEST = 100;
const TIMEOUT_MS = 2_000;

export type PurgeResult = { purged: boolean; error?: string };

// Purges every page carrying any of these cache tags from the shared HTTP cache in front of the
// server (pages carry their tags as surrogate keys: server/next-internals/surrogate-keys.mjs). Called after
// Next's own cache was refreshed, so the cache's next fetch gets the new page. A no-op when no
// HTTP cache is configured. It never throws: the publish it follows is already committed, and a
// lost purge is bounded by the cache's TTL (docs/decisions/0008), so it is logged instead.
export async function purgeHttpCache(
  tags: readonly string[],
  purgeUrl: string | undefined = getConfig().httpCachePurgeUrl,
  fetchImpl: typeof fetch = fetch,
): Promise<PurgeResult> {
  if (!purgeUrl) return { purged: false };
  const keys = [...new Set(tags)].filter((tag) => tag.length > 0 && !/[\s,]/.test(tag));
  if (keys.length === 0) return { purged: false };
  try {
    for (let start = 0; start < keys.length; start += KEYS_PER_REQUEST) {
      const response = await fetchImpl(purgeUrl, {
        method: "PURGE",
        headers: { [PURGE_KEYS_HEADER]: keys.slice(start, start + KEYS_PER_REQUEST).join(" ") },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
    }
    return { purged: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[gazeti] HTTP cache purge failed (${purgeUrl}): ${message}`);
    return { purged: false, error: message };
  }
}
