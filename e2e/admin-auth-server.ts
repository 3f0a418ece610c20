// A server of its own for the newsroom specs: the production build the suite already made, on a
// fresh database in which these specs may create users and lock accounts without disturbing the
// read-only demo database of the reader specs.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { copyBuild } from "./copy-build";

export const ADMIN_EMAIL = "chief.e2e@gazeti.example";
export const ADMIN_PASSWORD = "e2e chief editor passphrase";

export type AdminServer = { baseURL: string; stop: () => Promise<void> };

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`admin e2e server exited:\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`admin e2e server did not answer ${url} in time:\n${log()}`);
}

export async function startAdminServer(workerIndex: number): Promise<AdminServer> {
  const port = Number(process.env.E2E_PORT ?? 3100) + 50 + workerIndex;
  const baseURL = `http://127.0.0.1:${port}`;
  // Same data directory as the suite's server: the seed finds the demo images already encoded.
  const dataDir = path.resolve(process.env.E2E_DATA_DIR ?? "data/e2e");
  const databasePath = path.join(dataDir, `admin-auth-${workerIndex}.db`);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${databasePath}${suffix}`, { force: true });
  let output = "";
  const child = spawn(
    process.execPath,
    [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"],
    {
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        GAZETI_SKIP_BUILD: "1",
        NEXT_DIST_DIR: copyBuild(`admin-${workerIndex}`),
        PORT: String(port),
        SITE_URL: baseURL,
        DATA_DIR: dataDir,
        DATABASE_PATH: databasePath,
        ADMIN_EMAIL,
        ADMIN_PASSWORD,
        TRUST_PROXY: "0",
      },
    },
  );
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  };
  try {
    await waitForHealth(`${baseURL}/api/health`, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseURL, stop };
}
