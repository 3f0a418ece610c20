import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../client";
import type { DbExecutor } from "../open-database";

// Throws when the database cannot be read: the health route's check.
export function pingDatabase(db: DbExecutor = getDb()): void {
  db.run(sql`select 1`);
}
