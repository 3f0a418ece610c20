import "server-only";
import { getConfig } from "@/lib/config";
import { processGlobal } from "@/lib/process-global";
import { openDatabase, type GazetiDatabase } from "./open-database";

const shared = processGlobal<{ db?: GazetiDatabase }>("db", () => ({}));

// One connection per server process; migrations and seeding run in the start script, before the
// server accepts requests.
export function getDb(): GazetiDatabase {
  shared.db ??= openDatabase(getConfig().databasePath);
  return shared.db;
}
