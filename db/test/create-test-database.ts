import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "../migrate-database";
import { openDatabase, type GazetiDatabase } from "../open-database";

// A real SQLite file with the committed migrations applied, removed by `cleanup`.
export function createTestDatabase(): { db: GazetiDatabase; file: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gazeti-test-"));
  const file = path.join(dir, "test.db");
  const db = openDatabase(file);
  migrateDatabase(db);
  return {
    db,
    file,
    cleanup: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
