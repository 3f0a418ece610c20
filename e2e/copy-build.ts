import fs from "node:fs";
import path from "node:path";

// A copy of the suite's production build without its caches, for a spec's own server: pages
// that server caches (with its own database and address) never reach the suite's server, which
// reads the same cache folder otherwise.
export function copyBuild(name: string): string {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const ownDistDir = `${distDir}-${name}`;
  fs.rmSync(ownDistDir, { recursive: true, force: true });
  fs.cpSync(distDir, ownDistDir, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(distDir, source);
      return relative !== "cache" && relative !== path.join("server", "route-cache");
    },
  });
  return ownDistDir;
}
