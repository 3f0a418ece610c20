import { getConfig } from "@/lib/config";
import { processGlobal } from "@/lib/process-global";
import { openDatabase, type GazetiDatabase } from "./open-database";

// No `import "server-only"` here or in the public reads the lite edition uses: its Pages Router
// pages (pages/lite/) read through them, and Next rejects that import in the Pages Router. A
// browser bundle still cannot take this file: better-sqlite3 is a native Node module
// (docs/decisions/0012-lite-edition.md).
const shared = processGlobal<{ db?: GazetiDatabase }>("db", () => ({}));

// One connection per server process; migrations and seeding run in the start script, before the
// server accepts requests.
export function getDb(): GazetiDatabase {
  shared.db ??= openDatabase(getConfig().databasePath);
  return shared.db;
}
