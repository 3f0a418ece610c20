import path from "node:path";
import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
  { key: "X-Frame-Options", value: "DENY" },
];

const nextConfig: NextConfig = {
  // Lets several checkouts or test runs build side by side without sharing one .next folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Pages use the renditions made at upload; Next's on-the-fly optimiser is not needed.
  images: { unoptimized: true },
  cacheHandler: path.resolve("lib/cache/isr-cache-handler.mjs"),
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
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
