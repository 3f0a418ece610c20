import type { PageCache } from "./page-cache";

// The page cache lives in the server process (scripts/serve.ts), outside Next's bundles, which
// carry their own copies of this module: the one instance is found through a global symbol.
const REGISTRY = Symbol.for("gazeti.page-cache");

type WithRegistry = { [REGISTRY]?: Pick<PageCache, "purge"> };

export function registerPageCache(cache: Pick<PageCache, "purge"> | undefined): void {
  (globalThis as WithRegistry)[REGISTRY] = cache;
}

// Drops the pages carrying any of these tags from this process's page cache; a no-op when the
// server runs without one (next start, tests).
export function purgePageCache(tags: readonly string[]): void {
  (globalThis as WithRegistry)[REGISTRY]?.purge(tags);
}
