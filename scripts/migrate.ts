import { migrateDatabase } from "@/db/migrate-database";
import { openDatabase } from "@/db/open-database";
import { getConfig } from "@/lib/config";

const { databasePath } = getConfig();
const db = openDatabase(databasePath);
migrateDatabase(db);
db.$client.close();
console.log(`[gazeti] Migrated ${databasePath}`);
