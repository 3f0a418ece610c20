import { readBuiltNextConfig } from "./read-built-next-config";

// Makes next() start from the configuration the build resolved, as Next's standalone server does
// (through the variable Next reads instead of loading next.config.ts): loading next.config.ts
// again would load Next's TypeScript compiler (SWC, ~26 MB resident) into the server for nothing.
// The dist dir is the one served, which may be a copy of the build. Returns what it applied.
export function applyBuiltNextConfig(
  distDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Record<string, unknown> {
  const config = { ...readBuiltNextConfig(distDir), distDir };
  env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
  return config;
}
