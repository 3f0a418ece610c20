import fs from "node:fs";
import path from "node:path";
import { routeCacheDir } from "@/server/next-internals/route-cache-dir";

// A copy of the suite's production build without its caches, for a spec's own server: pages
// that server caches (with its own database and address) never reach the suite's server, which
// reads the same cache folder otherwise.
export function copyBuild(name: string): string {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const ownDistDir = `${distDir}-${name}`;
  const leftOut = [path.join(distDir, "cache"), routeCacheDir(distDir)];
  fs.rmSync(ownDistDir, { recursive: true, force: true });
  fs.cpSync(distDir, ownDistDir, {
    recursive: true,
    filter: (source) => !leftOut.includes(path.normalize(source)),
  });
  return ownDistDir;
}
