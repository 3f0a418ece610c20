import path from "node:path";

// The folder of a build where Next's file-system cache keeps rendered pages and route answers
// (Next's ROUTE_CACHE_DIRECTORY, under the server output). They were rendered from one database
// and one SITE_URL: scripts/start.ts empties it on a rebuild or a new address, e2e/copy-build.ts
// leaves it out of a spec's copy of the build, and the bench starts every run without it.
export function routeCacheDir(distDir: string): string {
  return path.join(distDir, "server", "route-cache");
}
