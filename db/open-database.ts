import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import { countStatement, queryCounterEnabled } from "./query-counter";
import * as schema from "./schema";

export type GazetiDatabase = BetterSQLite3Database<typeof schema> & {
  $client: Database.Database;
};

// One place that sets the connection pragmas, for the server, scripts and tests alike.
// `onStatement` is called with every statement executed (better-sqlite3's `verbose` hook); with
// GAZETI_QUERY_COUNTER=1 every connection of the process counts its statements (db/query-counter).
export function openDatabase(
  file: string,
  options: { readonly?: boolean; onStatement?: (sql: unknown) => void } = {},
): GazetiDatabase {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file, {
    readonly: options.readonly ?? false,
    verbose: options.onStatement ?? (queryCounterEnabled() ? countStatement : undefined),
  });
  if (!options.readonly) sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  return drizzle(sqlite, { schema });
}

// A connection or a transaction: mutations and queries accept either, so they compose inside
// one transaction.
export type DbExecutor = BaseSQLiteDatabase<"sync", Database.RunResult, typeof schema>;
