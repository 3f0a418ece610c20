import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/open-database";
import { refreshAllRelated } from "@/db/seed/bulk/refresh-all-related";
import { BULK_CORPUS_SETTING, seedBulkCorpus } from "@/db/seed/bulk/seed-bulk-corpus";

// npm run seed:bulk -- --articles 100000 [--database data/bulk/gazeti-bulk.db]
// A synthetic newsroom in its own database file, for benchmarks; see db/seed/bulk/.
const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    database: { type: "string", default: "data/bulk/gazeti-bulk.db" },
    "data-dir": { type: "string" },
    seed: { type: "string", default: "20261128" },
    images: { type: "string", default: "8" },
    "no-related": { type: "boolean", default: false },
    force: { type: "boolean", default: false },
    // Recompute the related lists of an existing bulk corpus (after a ranking change).
    "related-only": { type: "boolean", default: false },
  },
});

const count = Number(values.articles);
if (!Number.isInteger(count) || count < 1 || count > 2_000_000) {
  console.error("--articles must be a whole number between 1 and 2,000,000");
  process.exit(2);
}
const databasePath = path.resolve(values.database);
const dataDir = path.resolve(values["data-dir"] ?? path.dirname(databasePath));
const log = (line: string) => console.log(`[seed:bulk] ${line}`);

if (values["related-only"]) {
  const db = openDatabase(databasePath);
  const marked = db.$client
    .prepare("select 1 from settings where key = ?")
    .get(BULK_CORPUS_SETTING);
  if (!marked) {
    console.error(`${databasePath} is not a bulk corpus`);
    process.exit(1);
  }
  log(`Recomputing related lists in ${databasePath}`);
  const result = refreshAllRelated(db, { log });
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
  log(
    `Done: ${result.articles.toLocaleString("en")} lists in ${result.seconds.toFixed(1)} s (${Math.round(result.articles / result.seconds)} articles/s)`,
  );
  process.exit(0);
}

log(`Generating ${count.toLocaleString("en")} articles into ${databasePath}`);
try {
  const result = await seedBulkCorpus({
    articles: count,
    databasePath,
    dataDir,
    seed: Number(values.seed),
    images: Number(values.images),
    related: !values["no-related"],
    force: values.force,
    log,
  });
  const rate = (n: number, s: number) => Math.round(n / Math.max(s, 0.001)).toLocaleString("en");
  log(
    `Done: ${result.articles.toLocaleString("en")} articles in ${result.clusters.toLocaleString("en")} clusters, ${result.totalSeconds.toFixed(1)} s in all`,
  );
  log(
    `  articles, links and search index: ${result.insertSeconds.toFixed(1)} s (${rate(result.articles, result.insertSeconds)} articles/s; index rows ${result.indexSeconds.toFixed(1)} s of it)`,
  );
  if (result.relatedSeconds > 0.01) {
    log(
      `  related lists: ${result.relatedSeconds.toFixed(1)} s (${rate(result.articles, result.relatedSeconds)} articles/s)`,
    );
  }
  log(`  cluster labels: ${result.labelsPath}`);
  log(`  serve it: DATABASE_PATH=${databasePath} DATA_DIR=${dataDir} npm start`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
