// A server of a spec's own, started as `npm start` starts one (scripts/start.ts: migrate, seed an
// empty database, serve through the page cache), on the production build the suite already made
// (a copy without its caches: this server's pages never reach the suite's server) and on its own
// database and port, for specs that write or count.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { copyBuild } from "./copy-build";

export type SpecServer = { baseURL: string; databasePath: string; stop: () => Promise<void> };

const SUITE_DATA_DIR = process.env.E2E_DATA_DIR ?? "data/e2e";

// A copy of the suite's demo newsroom in a folder of its own, removed by the server's stop(). The
// suite's server is running on it: SQLite's backup reads it safely.
async function copyOfSuiteDatabase(name: string): Promise<{ file: string; remove: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `gazeti-${name}-`));
  const file = path.join(dir, "gazeti.db");
  const source = new Database(path.join(SUITE_DATA_DIR, "gazeti.db"), { readonly: true });
  try {
    await source.backup(file);
  } finally {
    source.close();
  }
  return { file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export async function startSpecServer(options: {
  // Names the build copy and appears in errors.
  name: string;
  port: number;
  // The database to serve; by default a copy of the suite's demo newsroom, removed on stop().
  databasePath?: string;
  env?: Record<string, string>;
}): Promise<SpecServer> {
  const baseURL = `http://127.0.0.1:${options.port}`;
  const copy = options.databasePath ? null : await copyOfSuiteDatabase(options.name);
  const databasePath = options.databasePath ?? copy!.file;
  const distDir = copyBuild(options.name);
  let output = "";
  const child = spawn(
    process.execPath,
    [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"],
    {
      // Its own process group: stop() ends the server process start.ts spawned, too.
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        GAZETI_SKIP_BUILD: "1",
        NEXT_TELEMETRY_DISABLED: "1",
        NEXT_DIST_DIR: distDir,
        PORT: String(options.port),
        SITE_URL: baseURL,
        DATA_DIR: path.resolve(SUITE_DATA_DIR),
        DATABASE_PATH: databasePath,
        ...options.env,
      },
    },
  );
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);

  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid, "SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
    }
    fs.rmSync(distDir, { recursive: true, force: true });
    copy?.remove();
  };

  const deadline = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the ${options.name} server exited:\n${output}`);
    }
    const healthy = await fetch(`${baseURL}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the ${options.name} server did not answer ${baseURL} in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { baseURL, databasePath, stop };
}
