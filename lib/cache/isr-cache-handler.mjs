// Next's own file-system cache for generated pages, except that "not found" answers are never
// stored: a crawler or attacker asking for endless unknown slugs must not fill the memory cache
// (evicting real pages) or the disk. They are cheap to answer again: one indexed look-up.
import FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";

const Base = FileSystemCache.default ?? FileSystemCache;

export default class IsrCacheHandler extends Base {
  async set(key, data, ctx) {
    if (data && data.kind === "APP_PAGE" && data.status === 404) return;
    return super.set(key, data, ctx);
  }
}
