import type { Statement } from "better-sqlite3";
import { openDatabase, type GazetiDatabase } from "@/db/open-database";
import { getTrashedArticleSlugs } from "@/db/queries/get-trashed-article-slugs";
import { getConfig } from "@/lib/config";
import { processGlobal } from "@/lib/process-global";

type GoneState = {
  db: GazetiDatabase;
  dataVersion: Statement<[], number>;
  version: number;
  checkedAt: number;
  slugs: Set<string>;
};

// How long another process's trash or restore may go unseen here. Within this process the
// publishing code calls forgetGoneArticles(), so its own changes are seen at once.
const RECHECK_MS = 1_000;

// Shared by proxy.ts and the server's page cache (scripts/serve.ts), which Next bundles apart.
const holder = processGlobal<{ state?: GoneState }>("gone-articles", () => ({}));

// Whether a slug belongs to a story in the trash, asked by proxy.ts for every article address,
// cache hits included, so it reads no table: the trashed slugs are held in memory and read again
// only when SQLite's data_version (one prepared PRAGMA, about 4 µs, asked at most once a second)
// says another connection committed a change. That needs a connection of its own: data_version ignores the connection's
// own commits, and the server's shared connection is the one that writes.
function openGoneState(): GoneState {
  const db = openDatabase(getConfig().databasePath, { readonly: true });
  const dataVersion = db.$client.prepare<[], number>("PRAGMA data_version").pluck();
  return { db, dataVersion, version: Number.NaN, checkedAt: 0, slugs: new Set() };
}

// Called after this process commits an article change: the next check reads the slugs again.
export function forgetGoneArticles(): void {
  const state = holder.state;
  if (state) {
    state.version = Number.NaN;
    state.checkedAt = 0;
  }
}

export function isTrashedArticleSlug(slug: string): boolean {
  const state = (holder.state ??= openGoneState());
  const now = Date.now();
  if (now - state.checkedAt >= RECHECK_MS) {
    state.checkedAt = now;
    const version = state.dataVersion.get() ?? Number.NaN;
    if (version !== state.version) {
      state.slugs = new Set(getTrashedArticleSlugs(state.db));
      state.version = version;
    }
  }
  return state.slugs.has(slug);
}
