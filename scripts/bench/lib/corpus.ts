import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { countPublished } from "./pick-pages";

export type Corpus = {
  // Published articles in the copy the servers run on.
  articles: number;
  sourceDatabase: string;
  runDatabase: string;
  dataDir: string;
  // Seconds spent generating it in this run (null: an earlier run's corpus was reused).
  seedSeconds: number | null;
};

// Bulk corpora are kept between runs (one per size): generating 100,000 articles takes a while.
// The servers run on a copy, since the publish check writes to it.
export async function ensureCorpus(options: {
  articles: number;
  database?: string;
  workDir: string;
}): Promise<Corpus> {
  const dataDir = path.resolve("data/bench");
  const sourceDatabase = path.resolve(options.database ?? `data/bench/bulk-${options.articles}.db`);
  let seedSeconds: number | null = null;
  const existing = fs.existsSync(sourceDatabase) ? countPublished(sourceDatabase) : 0;
  // The generator leaves a share of its stories unpublished (drafts, scheduled, trashed).
  if (existing < options.articles * 0.5) {
    if (!fs.existsSync("scripts/seed-bulk.ts")) {
      throw new Error(
        "npm run seed:bulk (scripts/seed-bulk.ts) is not available in this checkout: " +
          "pass --database with an existing bulk corpus.",
      );
    }
    console.log(`[bench] generating a ${options.articles}-article corpus in ${sourceDatabase}…`);
    const start = performance.now();
    const result = spawnSync(
      process.execPath,
      [
        path.resolve("node_modules/tsx/dist/cli.mjs"),
        "scripts/seed-bulk.ts",
        "--articles",
        String(options.articles),
        "--database",
        sourceDatabase,
      ],
      { stdio: "inherit", env: { ...process.env, DATA_DIR: dataDir } },
    );
    if (result.status !== 0) throw new Error("npm run seed:bulk failed");
    seedSeconds = (performance.now() - start) / 1000;
  }
  fs.mkdirSync(options.workDir, { recursive: true });
  const runDatabase = path.join(options.workDir, "gazeti.db");
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${runDatabase}${suffix}`, { force: true });
  const source = new Database(sourceDatabase, { readonly: true });
  try {
    await source.backup(runDatabase);
  } finally {
    source.close();
  }
  return {
    articles: countPublished(runDatabase),
    sourceDatabase,
    runDatabase,
    dataDir,
    seedSeconds,
  };
}
