import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getConfig } from "@/lib/config";
import { routeCacheDir } from "@/server/next-internals/route-cache-dir";
import { prepareDatabase } from "./prepare-database";

const BUILD_INPUTS = [
  "app",
  "pages",
  "components",
  "lib",
  "server",
  "db",
  "public",
  "proxy.ts",
  "instrumentation.ts",
];
const BUILD_FILES = [
  "package.json",
  "package-lock.json",
  "next.config.ts",
  "tsconfig.json",
  "postcss.config.mjs",
];
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const STAMP = path.join(DIST_DIR, "gazeti-source-hash");
const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");
const nextEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function listFiles(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs
    .readdirSync(entry, { withFileTypes: true })
    .flatMap((child) => listFiles(path.join(entry, child.name)));
}

// The code that goes into the build, hashed: `npm start` rebuilds only when it changed.
function sourceHash(): string {
  const hash = createHash("sha256");
  for (const file of [...BUILD_INPUTS.flatMap(listFiles), ...BUILD_FILES].sort()) {
    if (!fs.existsSync(file) || file.endsWith(".test.ts")) continue;
    hash.update(file).update("\0").update(fs.readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

function buildIfChanged(): void {
  const hash = sourceHash();
  const built = fs.existsSync(path.join(DIST_DIR, "BUILD_ID")) && fs.existsSync(STAMP);
  if (built && fs.readFileSync(STAMP, "utf8") === hash) {
    console.log("[gazeti] Build is up to date");
    return;
  }
  console.log("[gazeti] Building for production (the code changed since the last build)…");
  // Pages cached by an earlier build are keyed to it and never served again.
  fs.rmSync(routeCacheDir(DIST_DIR), { recursive: true, force: true });
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    stdio: "inherit",
    env: nextEnv,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(STAMP, hash);
}

// Cached pages hold absolute URLs built from SITE_URL (canonical links, Open Graph, JSON-LD): a
// start with another address must not serve the ones cached under the old one.
function dropPageCacheIfSiteUrlChanged(siteUrl: string): void {
  const stamp = path.join(DIST_DIR, "gazeti-site-url");
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === siteUrl) return;
  fs.rmSync(routeCacheDir(DIST_DIR), { recursive: true, force: true });
  fs.mkdirSync(DIST_DIR, { recursive: true });
  fs.writeFileSync(stamp, siteUrl);
}

const config = getConfig();
if (process.env.GAZETI_SKIP_BUILD !== "1") buildIfChanged();
dropPageCacheIfSiteUrlChanged(config.siteUrl);
await prepareDatabase();
// A heap limit set in NODE_OPTIONS wins over SERVER_HEAP_MB.
const heapLimit =
  config.serverHeapMb > 0 && !/max-old-space-size/.test(process.env.NODE_OPTIONS ?? "")
    ? [`--max-old-space-size=${config.serverHeapMb}`]
    : [];
const server = spawn(process.execPath, [...heapLimit, "--import", "tsx", "scripts/serve.ts"], {
  stdio: "inherit",
  env: { ...nextEnv, NODE_ENV: "production" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code) => process.exit(code ?? 0));
