import { asc, eq } from "drizzle-orm";
import { getRelatedRanking } from "../../queries/related/get-related-ranking";
import { getRelatedContext } from "../../queries/related/get-related-context";
import { syncRelatedList } from "../../mutations/sync-related-list";
import type { GazetiDatabase } from "../../open-database";
import { articles } from "../../schema";

const WRITE_BATCH = 2000;

// Every published article's related list, through the same code publishing uses. One context
// (document frequencies read once, term vectors kept) serves the whole run; the lists are
// written in batched transactions.
export function refreshAllRelated(
  db: GazetiDatabase,
  options: { log?: (line: string) => void } = {},
): { articles: number; seconds: number } {
  const started = performance.now();
  const ids = db
    .select({ id: articles.id })
    .from(articles)
    .where(eq(articles.status, "published"))
    .orderBy(asc(articles.id))
    .all()
    .map((row) => row.id);
  const context = getRelatedContext(db, { preloadVocabulary: true });
  for (let start = 0; start < ids.length; start += WRITE_BATCH) {
    const batch = ids.slice(start, start + WRITE_BATCH);
    const lists = batch.map((id) => ({ id, ranked: getRelatedRanking(db, id, { context }) }));
    db.transaction((tx) => {
      for (const { id, ranked } of lists) syncRelatedList(tx, id, ranked);
    });
    const done = start + batch.length;
    if ((start / WRITE_BATCH) % 5 === 4 || done === ids.length) {
      const rate = Math.round(done / ((performance.now() - started) / 1000));
      options.log?.(`  related lists for ${done.toLocaleString("en")} articles (${rate}/s)`);
    }
  }
  return { articles: ids.length, seconds: (performance.now() - started) / 1000 };
}
