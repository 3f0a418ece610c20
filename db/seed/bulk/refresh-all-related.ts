import { asc, eq } from "drizzle-orm";
import {
  computeRelatedArticles,
  createRelatedContext,
  writeRelatedArticles,
} from "../../mutations/refresh-related-articles";
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
  const context = createRelatedContext(db, { preloadVocabulary: true });
  for (let start = 0; start < ids.length; start += WRITE_BATCH) {
    const batch = ids.slice(start, start + WRITE_BATCH);
    const lists = batch.map((id) => ({ id, ranked: computeRelatedArticles(db, id, { context }) }));
    db.transaction((tx) => {
      for (const { id, ranked } of lists) writeRelatedArticles(tx, id, ranked);
    });
    const done = start + batch.length;
    if ((start / WRITE_BATCH) % 5 === 4 || done === ids.length) {
      const rate = Math.round(done / ((performance.now() - started) / 1000));
      options.log?.(`  related lists for ${done.toLocaleString("en")} articles (${rate}/s)`);
    }
  }
  return { articles: ids.length, seconds: (performance.now() - started) / 1000 };
}
