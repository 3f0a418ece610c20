import { processGlobal } from "@/lib/process-global";
import type { PageCache } from "./page-cache";

// The page cache lives in the server process (scripts/serve.ts), outside Next's bundles, which
// publish from their own copies of this module: they find the one cache through a process global.
const registry = processGlobal<{ cache?: Pick<PageCache, "purge"> }>("page-cache", () => ({}));

export function registerPageCache(cache: Pick<PageCache, "purge"> | undefined): void {
  registry.cache = cache;
}

// Drops the pages carrying any of these tags from this process's page cache; a no-op when the
// server runs without one (next start, tests).
export function purgePageCache(tags: readonly string[]): void {
  registry.cache?.purge(tags);
}
