import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { GazetiDatabase } from "./open-database";

export const MIGRATIONS_FOLDER = path.resolve(process.cwd(), "db/migrations");

export function migrateDatabase(db: GazetiDatabase, migrationsFolder = MIGRATIONS_FOLDER): void {
  migrate(db, { migrationsFolder });
}
