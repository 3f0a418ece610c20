import fs from "node:fs";
import path from "node:path";

// Next's configuration as `next build` resolved it (next.config.ts with every default applied),
// which the build writes to required-server-files.json for its standalone server. Fails loudly
// when a Next upgrade moves it, rather than letting the server start on some other configuration.
export function readBuiltNextConfig(distDir: string): Record<string, unknown> {
  const file = path.join(distDir, "required-server-files.json");
  const built = JSON.parse(fs.readFileSync(file, "utf8")) as { config?: unknown };
  if (typeof built.config !== "object" || built.config === null) {
    throw new Error(
      `${file} has no "config": Next changed its build output (docs/decisions/0011-next-internals.md)`,
    );
  }
  return built.config as Record<string, unknown>;
}
