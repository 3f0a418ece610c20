import path from "node:path";
import { z } from "zod";

// An empty variable (ADMIN_PASSWORD= in a shell or compose file) means "not set".
const unsetIfEmpty = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema);

const configSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  SITE_NAME: z.string().min(1).default("Gazeti"),
  DATABASE_PATH: z.string().min(1).default("data/gazeti.db"),
  DATA_DIR: z.string().min(1).default("data"),
  // First administrator only: read when no user with a password exists yet.
  ADMIN_EMAIL: unsetIfEmpty(z.email().optional()),
  ADMIN_PASSWORD: unsetIfEmpty(
    z.string().min(12, "must be at least 12 characters").max(256).optional(),
  ),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(10_080).default(120),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  // How many proxies in front of the server append to X-Forwarded-For. 0 (the default): the
  // header is client-controlled and never read.
  TRUST_PROXY: unsetIfEmpty(
    z
      .union([
        z.literal("true").transform(() => 1),
        z.literal("false").transform(() => 0),
        z.coerce.number().int().min(0).max(10),
      ])
      .default(0),
  ),
  // A shared HTTP cache in front of the server (Varnish with xkey): cached pages carry their cache
  // tags as a Surrogate-Key header and publishing purges them there too (docs/decisions/0008).
  HTTP_CACHE_PURGE_URL: unsetIfEmpty(z.url({ protocol: /^https?$/ }).optional()),
  // How often the server publishes scheduled stories that are due (0 turns the scheduler off,
  // for a process that should not publish, such as a second one on the same port).
  SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  // Memory for the server's cache of finished public pages (docs/decisions/0010); 0 turns it off.
  PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(32),
  // The server's JavaScript heap limit (V8's old space). Pages need about 100 MB live; left to
  // itself V8 lets garbage grow to 300-500 MB before collecting on a large machine. 0 leaves
  // Node's default.
  SERVER_HEAP_MB: z.coerce.number().int().min(0).max(65_536).default(256),
});

export type Config = {
  port: number;
  siteUrl: string;
  siteName: string;
  databasePath: string;
  dataDir: string;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  sessionIdleMs: number;
  sessionMaxMs: number;
  trustedProxyHops: number;
  httpCachePurgeUrl: string | undefined;
  schedulerIntervalMs: number;
  pageCacheBytes: number;
  serverHeapMb: number;
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
    adminEmail: value.ADMIN_EMAIL?.toLowerCase(),
    adminPassword: value.ADMIN_PASSWORD,
    sessionIdleMs: value.SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: value.SESSION_MAX_HOURS * 3_600_000,
    trustedProxyHops: value.TRUST_PROXY,
    httpCachePurgeUrl: value.HTTP_CACHE_PURGE_URL,
    schedulerIntervalMs: value.SCHEDULER_INTERVAL_SECONDS * 1000,
    pageCacheBytes: value.PAGE_CACHE_MB * 1024 * 1024,
    serverHeapMb: value.SERVER_HEAP_MB,
  };
  if (env === process.env) cached = config;
  return config;
}
