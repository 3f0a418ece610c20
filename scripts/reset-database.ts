import fs from "node:fs";
import { getConfig } from "@/lib/config";
import { prepareDatabase } from "./prepare-database";

// Deletes the database (and its WAL files) and seeds it afresh. Media files are kept: they are
// named by content hash, so the seed reuses them.
const { databasePath } = getConfig();
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${databasePath}${suffix}`, { force: true });
console.log(`[gazeti] Deleted ${databasePath}`);
await prepareDatabase();
