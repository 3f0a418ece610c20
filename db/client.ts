import "server-only";
import { getConfig } from "@/lib/config";
import { openDatabase, type GazetiDatabase } from "./open-database";

const globalForDb = globalThis as unknown as { gazetiDb?: GazetiDatabase };

// One connection per server process; migrations and seeding run in the start script, before the
// server accepts requests.
export function getDb(): GazetiDatabase {
  globalForDb.gazetiDb ??= openDatabase(getConfig().databasePath);
  return globalForDb.gazetiDb;
}
