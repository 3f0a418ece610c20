import { migrateDatabase } from "@/db/migrate-database";
import { openDatabase } from "@/db/open-database";
import { seedDemoNewsroom } from "@/db/seed/seed-demo-newsroom";
import { announceFirstAdministrator } from "@/server/auth/announce-first-administrator";
import { getConfig } from "@/lib/config";

// Migrate, then fill an empty database with the demo newsroom (a no-op on one with content).
export async function prepareDatabase(): Promise<void> {
  const config = getConfig();
  const db = openDatabase(config.databasePath);
  try {
    migrateDatabase(db);
    const result = await seedDemoNewsroom(db, {
      dataDir: config.dataDir,
      log: (line) => console.log(`[gazeti] ${line}`),
    });
    console.log(
      result.seeded
        ? `[gazeti] Seeded the demo newsroom: ${result.articles} articles in ${config.databasePath}`
        : `[gazeti] Database ready: ${config.databasePath} (${result.reason ?? "not seeded"})`,
    );
    // After the seed: the seed only fills a database without users.
    await announceFirstAdministrator(db, config);
    // Statistics for the query planner, as the query-plan tests have them (they run ANALYZE):
    // without them SQLite guesses, and picked a walk over every published story for the sitemap
    // index. `optimize` analyses only what needs it, and the limit keeps a start on a large
    // database to a fraction of a second (sqlite.org/pragma.html#pragma_optimize).
    db.$client.pragma("analysis_limit = 1000");
    db.$client.pragma("optimize = 0x10002");
  } finally {
    db.$client.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  prepareDatabase().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
