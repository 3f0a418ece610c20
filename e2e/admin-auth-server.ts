// A server of its own for the newsroom specs: the production build the suite already made, on a
// fresh database in which these specs may create users and lock accounts without disturbing the
// read-only demo database of the reader specs.
import fs from "node:fs";
import path from "node:path";
import { startSpecServer, type SpecServer } from "./start-spec-server";

export const ADMIN_EMAIL = "chief.e2e@gazeti.example";
export const ADMIN_PASSWORD = "e2e chief editor passphrase";

export type AdminServer = SpecServer;

export async function startAdminServer(workerIndex: number): Promise<AdminServer> {
  // Same data directory as the suite's server: the seed finds the demo images already encoded.
  const dataDir = path.resolve(process.env.E2E_DATA_DIR ?? "data/e2e");
  const databasePath = path.join(dataDir, `admin-auth-${workerIndex}.db`);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${databasePath}${suffix}`, { force: true });
  return startSpecServer({
    name: `admin-${workerIndex}`,
    port: Number(process.env.E2E_PORT ?? 3100) + 50 + workerIndex,
    databasePath,
    env: { ADMIN_EMAIL, ADMIN_PASSWORD, TRUST_PROXY: "0" },
  });
}
