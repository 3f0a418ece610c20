import { eq, sql } from "drizzle-orm";
import type { TermStatistics, TermVector } from "@/lib/related/term-vector";
import type { DbExecutor } from "../../open-database";
import { articles } from "../../schema";

// Caches shared by many computations: one per publish, or one for a whole bulk run.
export type RelatedContext = {
  stats: TermStatistics;
  vectors: Map<number, TermVector>;
  // Published articles per tag.
  tagUses: Map<number, number>;
  // The id range published around a day (get-related-ranking.ts).
  idWindows: Map<number, { low: number | null; high: number | null }>;
};

// Document frequencies and the term vectors of published articles barely move from one publish
// to the next, and computing them is most of the cost of a ranking (a common word's posting list
// is long; a vector means reading and tokenising a story). They are kept per database file for a
// few minutes and shared by the publishes in that time; a story being changed is never taken
// from here (getRelatedRefreshPlan drops it).
const SHARED_TTL_MS = 10 * 60_000;

type SharedStatistics = {
  at: number;
  documentCount: number;
  frequencies: Map<string, number>;
  termIds: Map<string, number>;
  vectors: Map<number, TermVector>;
};

const sharedByDatabase = new Map<string, SharedStatistics>();

function databaseFile(db: DbExecutor): string {
  return (
    db
      .all<{ name: string; file: string }>(sql`pragma database_list`)
      .find((row) => row.name === "main")?.file ?? ""
  );
}

export function getRelatedContext(
  db: DbExecutor,
  options: { preloadVocabulary?: boolean } = {},
): RelatedContext {
  db.run(
    sql`create virtual table if not exists temp.articles_fts_terms using fts5vocab(main, articles_fts, row)`,
  );
  const file = options.preloadVocabulary ? "" : databaseFile(db);
  let shared = file ? sharedByDatabase.get(file) : undefined;
  if (!shared || Date.now() - shared.at > SHARED_TTL_MS) {
    const documentCount =
      db
        .select({ n: sql<number>`count(*)` })
        .from(articles)
        .where(eq(articles.status, "published"))
        .get()?.n ?? 0;
    shared = {
      at: Date.now(),
      documentCount,
      frequencies: new Map(),
      termIds: new Map(),
      vectors: new Map(),
    };
    if (file) sharedByDatabase.set(file, shared);
  }
  const { documentCount, frequencies, termIds } = shared;
  if (options.preloadVocabulary) {
    for (const row of db.all<{ term: string; doc: number }>(
      sql`select term, doc from temp.articles_fts_terms`,
    )) {
      frequencies.set(row.term, row.doc);
    }
  }
  return {
    stats: {
      documentCount,
      documentFrequency: (stem) => {
        let df = frequencies.get(stem);
        if (df === undefined) {
          df = options.preloadVocabulary
            ? 0
            : (db.get<{ doc: number }>(
                sql`select doc from temp.articles_fts_terms where term = ${stem}`,
              )?.doc ?? 0);
          frequencies.set(stem, df);
        }
        return df;
      },
      termId: (stem) => {
        let id = termIds.get(stem);
        if (id === undefined) {
          id = termIds.size;
          termIds.set(stem, id);
        }
        return id;
      },
    },
    vectors: shared.vectors,
    tagUses: new Map(),
    idWindows: new Map(),
  };
}
