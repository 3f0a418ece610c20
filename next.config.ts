import path from "node:path";
import type { NextConfig } from "next";
import { PUBLIC_CACHE_CONTROL } from "./lib/seo/public-cache-control";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
  { key: "X-Frame-Options", value: "DENY" },
];

// Public pages: bounded CDN caching instead of Next's default `s-maxage=<revalidate>,
// stale-while-revalidate=<a year>`, so that a story taken down leaves every shared cache within
// minutes even if no purge arrives (docs/decisions/0006). Next keeps a Cache-Control already set
// here and still serves these pages from its own cache. Admin, API, search, media, Next's assets
// (the segments lib/slugs/first-segments.ts gives a `caching`: a test keeps them in step) and
// anything with a dot (feeds, sitemaps, robots.txt set their own) are left out.
const PUBLIC_PAGES = "/((?!(?:admin|api|search)(?:/|$)|media/|_next/)[a-z0-9/-]*)";

const nextConfig: NextConfig = {
  // Lets several checkouts or test runs build side by side without sharing one .next folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Pages use the renditions made at upload; Next's on-the-fly optimiser is not needed.
  images: { unoptimized: true },
  cacheHandler: path.resolve("server/next-internals/isr-cache-handler.mjs"),
  // Readers are served from the page cache in front (docs/decisions/0010), which holds the hot
  // pages compressed; Next's own copy in memory (50 MB by default, uncompressed HTML and RSC
  // payloads) only serves that cache's misses, which can read the files.
  cacheMaxMemorySize: 16 * 1024 * 1024,
  // forbidden(): the newsroom answers 403 to a signed-in user outside their role.
  experimental: { authInterrupts: true },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: PUBLIC_PAGES, headers: [{ key: "Cache-Control", value: PUBLIC_CACHE_CONTROL }] },
    ];
  },
  async redirects() {
    // The home page's internal route must not be a second address for it.
    return [{ source: "/home/:path*", destination: "/", permanent: true }];
  },
  async rewrites() {
    return {
      beforeFiles: [{ source: "/", destination: "/home/main" }],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
