// Next's own file-system cache for generated pages, except that "not found" answers are never
// stored: a crawler or attacker asking for endless unknown slugs must not fill the memory cache
// (evicting real pages) or the disk. They are cheap to answer again: one indexed look-up.
import FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { withSurrogateKeys } from "./surrogate-keys.mjs";

const Base = FileSystemCache.default ?? FileSystemCache;

export default class IsrCacheHandler extends Base {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (entry?.value) withSurrogateKeys(entry.value);
    return entry;
  }

  async set(key, data, ctx) {
    if (data && data.kind === "APP_PAGE" && data.status === 404) return;
    // Before storing: Next serves the response of this very render from the same object.
    if (data) withSurrogateKeys(data);
    return super.set(key, data, ctx);
  }
}
