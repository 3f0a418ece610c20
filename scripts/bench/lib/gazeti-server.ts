import fs from "node:fs";
import path from "node:path";
import { routeCacheDir } from "@/server/next-internals/route-cache-dir";
import {
  descendants,
  memoryOf,
  processName,
  startProcess,
  waitForHttp,
  type Started,
} from "./processes";

// The measurement scripts build into their own folder, never the default .next.
export const BENCH_DIST_DIR = ".next-bench";

export type GazetiServer = {
  url: string;
  started: Started;
  // The Next server process itself (not the start script around it).
  serverPid: () => number | null;
  stop: () => Promise<void>;
};

// Pages cached by an earlier run may come from another database: every run starts cold.
export function clearPageCache(distDir = BENCH_DIST_DIR): void {
  fs.rmSync(routeCacheDir(distDir), { recursive: true, force: true });
  fs.rmSync(path.join(distDir, "cache", "fetch-cache"), { recursive: true, force: true });
}

// Starts the portal exactly as `npm start` does (scripts/start.ts: build when the code changed,
// migrate, seed an empty database, serve), in the bench's dist dir and on its own port.
export async function startGazeti(options: {
  port: number;
  databasePath: string;
  dataDir: string;
  logDir: string;
  name?: string;
  distDir?: string;
  env?: Record<string, string>;
}): Promise<GazetiServer> {
  const url = `http://127.0.0.1:${options.port}`;
  const started = startProcess(
    options.name ?? "next",
    process.execPath,
    [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"],
    {
      logDir: options.logDir,
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        NEXT_DIST_DIR: options.distDir ?? BENCH_DIST_DIR,
        PORT: String(options.port),
        SITE_URL: url,
        DATABASE_PATH: options.databasePath,
        DATA_DIR: options.dataDir,
        ...options.env,
      },
    },
  );
  // A first run builds for production: minutes on a small machine.
  await waitForHttp(`${url}/api/health`, {
    timeoutMs: 20 * 60_000,
    started,
    accept: (status) => status === 200,
  });
  const serverPid = () =>
    descendants(started.child.pid!).find((pid) =>
      /gazeti-server|scripts\/serve\.ts|next-server|next start/.test(processName(pid)),
    ) ?? null;
  return { url, started, serverPid, stop: () => started.stop() };
}

// Samples the Next server's resident memory while a measurement runs; VmHWM gives the true peak
// between samples.
export function trackMemory(server: GazetiServer): { peakMb: () => number; stop: () => void } {
  let peak = 0;
  const sample = () => {
    const pid = server.serverPid();
    const memory = pid ? memoryOf(pid) : null;
    if (memory) peak = Math.max(peak, memory.rssMb, memory.peakMb);
  };
  sample();
  const timer = setInterval(sample, 500);
  return {
    peakMb: () => {
      sample();
      return peak;
    },
    stop: () => clearInterval(timer),
  };
}
