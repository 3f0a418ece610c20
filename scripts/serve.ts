// The production server `npm start` runs (after scripts/start.ts has built and migrated): Next's
// request handler behind the page cache (docs/decisions/0010). Next's own `next start` is the
// same server without it.
import http from "node:http";
import next from "next";
import { getConfig } from "@/lib/config";
import { PageCache } from "@/server/page-cache/page-cache";
import { createPageCacheHandler } from "@/server/page-cache/page-cache-handler";
import { registerPageCache } from "@/server/page-cache/purge-page-cache";
import { applyBuiltNextConfig } from "@/server/next-internals/apply-built-next-config";
import { isGoneArticlePath } from "@/server/seo/is-gone-article-path";

const config = getConfig();
process.title = "gazeti-server";
// Cached pages then carry their cache tags (server/next-internals/surrogate-keys.mjs): the page
// cache files them by tag.
if (config.pageCacheBytes > 0) process.env.GAZETI_PAGE_CACHE_ACTIVE = "1";

// Next starts from the configuration the build resolved, not from next.config.ts again.
applyBuiltNextConfig(process.env.NEXT_DIST_DIR || ".next");

const app = next({ dev: false, dir: process.cwd(), port: config.port });
await app.prepare();
const handleWithNext = app.getRequestHandler();

let handler: http.RequestListener = (request, response) => void handleWithNext(request, response);
if (config.pageCacheBytes > 0) {
  const cache = new PageCache(config.pageCacheBytes);
  registerPageCache(cache);
  handler = createPageCacheHandler(
    cache,
    (request, response) => handleWithNext(request, response),
    {
      forwardSurrogateKeys: Boolean(config.httpCachePurgeUrl),
      // The trash is read once a second at most, in state shared with proxy.ts.
      passThrough: isGoneArticlePath,
    },
  );
}

const server = http.createServer(handler);
server.listen(config.port, () => {
  const cache =
    config.pageCacheBytes > 0
      ? `page cache ${config.pageCacheBytes / 1024 / 1024} MB`
      : "no page cache";
  console.log(`[gazeti] Ready on http://localhost:${config.port} (${cache})`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open: they are dropped after a grace period.
    setTimeout(() => process.exit(0), 5_000).unref();
    server.closeIdleConnections();
  });
}
