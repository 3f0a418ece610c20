// Next's own file-system cache for generated pages. Redirect answers keep one Location field
// (see set()). Two changes for "not found" answers:
// - they are never stored: a crawler or attacker asking for endless unknown slugs must not fill
//   the memory cache (evicting real pages) or the disk; a 404 costs one indexed look-up;
// - their HTML is replaced by the 404 page prerendered at build. notFound() in a page rendered
//   on demand yields an empty error shell whose content only JavaScript draws (Next.js issue
//   #62228); readers without JavaScript and crawlers must get the designed page.
import fs from "node:fs";
import path from "node:path";
import FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { withSurrogateKeys } from "./surrogate-keys.mjs";

const Base = FileSystemCache.default ?? FileSystemCache;

let prerenderedNotFound;

function readPrerenderedNotFound(serverDistDir) {
  if (prerenderedNotFound === undefined) {
    try {
      prerenderedNotFound = fs.readFileSync(
        path.join(serverDistDir, "app", "_not-found.html"),
        "utf8",
      );
    } catch {
      prerenderedNotFound = null;
    }
  }
  return prerenderedNotFound;
}

const isRedirect = (status) => status >= 300 && status < 400;

export default class IsrCacheHandler extends Base {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (entry?.value) withSurrogateKeys(entry.value);
    return entry;
  }

  async set(key, data, ctx) {
    if (data && data.kind === "APP_PAGE" && data.status === 404) {
      // Next sends the response of this very render from the object it hands us here.
      const html = readPrerenderedNotFound(this.serverDistDir);
      if (html) data.html = html;
      return;
    }
    if (data) withSurrogateKeys(data);
    if (data && data.kind === "APP_PAGE" && data.headers?.location && isRedirect(data.status)) {
      // A redirect's first answer gets Location from the render and again from these headers
      // (two identical fields; Location must be single). The stored copy keeps it, for hits.
      const stored = { ...data, headers: { ...data.headers } };
      delete data.headers.location;
      return super.set(key, stored, ctx);
    }
    return super.set(key, data, ctx);
  }
}
