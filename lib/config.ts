import path from "node:path";
import { z } from "zod";

const configSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  SITE_NAME: z.string().min(1).default("Gazeti"),
  DATABASE_PATH: z.string().min(1).default("data/gazeti.db"),
  DATA_DIR: z.string().min(1).default("data"),
});

export type Config = {
  port: number;
  siteUrl: string;
  siteName: string;
  databasePath: string;
  dataDir: string;
};

let cached: Config | undefined;

// Read at run time, never at build time: the same build serves any SITE_URL.
export function getConfig(env: NodeJS.ProcessEnv = process.env): Config {
  if (cached && env === process.env) return cached;
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  ${issue.path.join(".")}: ${issue.message}`)
      .join("\n");
    throw new Error(`Gazeti cannot start: bad configuration\n${problems}`);
  }
  const value = parsed.data;
  const config: Config = {
    port: value.PORT,
    siteUrl: (value.SITE_URL ?? `http://localhost:${value.PORT}`).replace(/\/+$/, ""),
    siteName: value.SITE_NAME,
    databasePath: path.resolve(value.DATABASE_PATH),
    dataDir: path.resolve(value.DATA_DIR),
  };
  if (env === process.env) cached = config;
  return config;
}
