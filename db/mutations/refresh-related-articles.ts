import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { rankRelated, type RankedRelated, type RelatedSubject } from "@/lib/related/rank-related";
import { tagSpecificity } from "@/lib/related/tag-specificity";
import {
  termVector,
  weightedTerms,
  type TermStatistics,
  type TermVector,
  type WeightedTerm,
} from "@/lib/related/term-vector";
import { buildSearchDocument } from "@/lib/search/search-document";
import type { DbExecutor } from "../open-database";
import {
  articleAuthors,
  articles,
  articleTags,
  relatedArticles,
  relatedExclusions,
  tags,
  users,
} from "../schema";
import { RELATED_LIMIT } from "../queries/related-limit";

const DAY_MS = 86_400_000;
// The subject's strongest terms, OR-ed into one full-text query that finds stories about the
// same things around the same time; terms on more than 2% of all articles are left out (their
// long posting lists make the query slow and say little about the story).
const QUERY_TERMS = 8;
const QUERY_MAX_DF_SHARE = 0.02;
const TEXT_CANDIDATES = 50;
const TEXT_WINDOW_DAYS = 120;
// Recent stories sharing a specific tag or the section, around the subject's date.
const TAG_WINDOW_DAYS = 90;
const TAG_CANDIDATES = 12;
const MIN_TAG_SPECIFICITY = 0.35;
const CATEGORY_WINDOW_DAYS = 14;
const CATEGORY_CANDIDATES = 12;

// What related posts are computed from: the article as it will be published. By default it is
// read from the articles row; a caller publishing a working copy passes its content instead.
export type RelatedSource = {
  title: string;
  standfirst: string;
  body: unknown;
  categoryId: number;
  tagIds: number[];
  publishedAt: Date | null;
};

// Caches shared by many computations: one per publish, or one for a whole bulk run.
export type RelatedContext = {
  stats: TermStatistics;
  vectors: Map<number, TermVector>;
  // Published articles per tag.
  tagUses: Map<number, number>;
  // The id range published around a day (see candidateIds).
  idWindows: Map<number, { low: number | null; high: number | null }>;
};

type Features = { subject: RelatedSubject; terms: WeightedTerm[] };

// Document frequencies and the term vectors of published articles barely move from one publish
// to the next, and computing them is most of the cost of a ranking (a common word's posting list
// is long; a vector means reading and tokenising a story). They are kept per database file for a
// few minutes and shared by the publishes in that time; a story being changed is never taken
// from here (computeRelatedRefresh drops it).
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

export function createRelatedContext(
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

function loadSource(db: DbExecutor, articleId: number): RelatedSource | null {
  const row = db
    .select({
      title: articles.title,
      standfirst: articles.standfirst,
      body: articles.body,
      categoryId: articles.categoryId,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get();
  if (!row) return null;
  const tagIds = db
    .select({ id: articleTags.tagId })
    .from(articleTags)
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(articleTags.position))
    .all()
    .map((link) => link.id);
  return { ...row, tagIds };
}

function subjectFeatures(
  db: DbExecutor,
  articleId: number,
  source: RelatedSource,
  context: RelatedContext,
): Features {
  const tagRows =
    source.tagIds.length === 0
      ? []
      : db
          .select({ id: tags.id, name: tags.name })
          .from(tags)
          .where(inArray(tags.id, source.tagIds))
          .all();
  const byId = new Map(tagRows.map((row) => [row.id, row]));
  const uses = (tagId: number) => {
    let count = context.tagUses.get(tagId);
    if (count === undefined) {
      count =
        db.get<{ n: number }>(
          sql`select count(*) as n from article_tags where tag_id = ${tagId} and published_at is not null`,
        )?.n ?? 0;
      context.tagUses.set(tagId, count);
    }
    return count;
  };
  const authorNames = db
    .select({ name: users.name })
    .from(articleAuthors)
    .innerJoin(users, eq(users.id, articleAuthors.userId))
    .where(eq(articleAuthors.articleId, articleId))
    .orderBy(asc(articleAuthors.position))
    .all()
    .map((row) => row.name);
  const document = buildSearchDocument({
    ...source,
    tagNames: source.tagIds.flatMap((id) => byId.get(id)?.name ?? []),
    authorNames,
  });
  const terms = weightedTerms(document, context.stats);
  return {
    terms,
    subject: {
      id: articleId,
      categoryId: source.categoryId,
      tagIds: source.tagIds,
      publishedAt: source.publishedAt ?? new Date(),
      vector: termVector(terms, context.stats),
      tagSpecificity: new Map(
        tagRows.map((row) => [row.id, tagSpecificity(uses(row.id), context.stats.documentCount)]),
      ),
    },
  };
}

// Whole days, so one bulk run reads each window once.
function idWindow(
  db: DbExecutor,
  at: number,
  context: RelatedContext,
): { low: number | null; high: number | null } {
  const day = Math.floor(at / DAY_MS);
  let window = context.idWindows.get(day);
  if (!window) {
    window = db.get<{ low: number | null; high: number | null }>(
      sql`select min(id) as low, max(id) as high from articles where status = 'published' and published_at between ${(day - TEXT_WINDOW_DAYS) * DAY_MS} and ${(day + TEXT_WINDOW_DAYS + 1) * DAY_MS}`,
    ) ?? { low: null, high: null };
    context.idWindows.set(day, window);
  }
  return window;
}

function ftsQuery(terms: WeightedTerm[], documentCount: number): string | null {
  const chosen = terms
    .filter((term) => term.df <= Math.max(10, documentCount * QUERY_MAX_DF_SHARE))
    .slice(0, QUERY_TERMS);
  if (chosen.length === 0) return null;
  // Each term is a quoted string of letters and digits only: never FTS5 syntax.
  return chosen.map((term) => `"${term.surface.replace(/"/g, "")}"`).join(" OR ");
}

function candidateIds(
  db: DbExecutor,
  { subject, terms }: Features,
  context: RelatedContext,
  excluded: Set<number>,
): number[] {
  const ids = new Set<number>();
  const at = subject.publishedAt.getTime();
  const query = ftsQuery(terms, context.stats.documentCount);
  // The time window as a range of ids: the index seeks straight to it. Ids mostly follow
  // publication order; where they do not, the range only grows (never misses a story).
  const window = idWindow(db, at, context);
  if (query && window.low !== null && window.high !== null) {
    for (const row of db.all<{ id: number }>(
      sql`select rowid as id from articles_fts where articles_fts match ${query} and rowid between cast(${window.low} as integer) and cast(${window.high} as integer) order by bm25(articles_fts, 3.0, 2.0, 1.0, 2.0, 0.0) limit ${TEXT_CANDIDATES}`,
    )) {
      ids.add(row.id);
    }
  }
  for (const tagId of subject.tagIds) {
    if ((subject.tagSpecificity?.get(tagId) ?? 1) < MIN_TAG_SPECIFICITY) continue;
    for (const row of db.all<{ id: number }>(
      sql`select article_id as id from article_tags where tag_id = ${tagId} and published_at between ${at - TAG_WINDOW_DAYS * DAY_MS} and ${at + TAG_WINDOW_DAYS * DAY_MS} order by published_at desc limit ${TAG_CANDIDATES}`,
    )) {
      ids.add(row.id);
    }
  }
  for (const row of db.all<{ id: number }>(
    sql`select id from articles where category_id = ${subject.categoryId} and status = 'published' and published_at between ${at - CATEGORY_WINDOW_DAYS * DAY_MS} and ${at + CATEGORY_WINDOW_DAYS * DAY_MS} order by published_at desc limit ${CATEGORY_CANDIDATES}`,
  )) {
    ids.add(row.id);
  }
  ids.delete(subject.id);
  for (const id of excluded) ids.delete(id);
  return [...ids];
}

function loadCandidates(db: DbExecutor, ids: number[], context: RelatedContext): RelatedSubject[] {
  if (ids.length === 0) return [];
  // Filtered on status here, not in SQL: with "status = ?" in the query SQLite walks the status
  // index over every published article instead of looking the ids up.
  const rows = db
    .select({
      id: articles.id,
      categoryId: articles.categoryId,
      publishedAt: articles.publishedAt,
      status: articles.status,
    })
    .from(articles)
    .where(inArray(articles.id, ids))
    .all()
    .filter((row) => row.status === "published");
  const tagsByArticle = new Map<number, number[]>();
  for (const link of db
    .select({ articleId: articleTags.articleId, tagId: articleTags.tagId })
    .from(articleTags)
    .where(inArray(articleTags.articleId, ids))
    .all()) {
    const list = tagsByArticle.get(link.articleId) ?? [];
    list.push(link.tagId);
    tagsByArticle.set(link.articleId, list);
  }
  return rows.map((row) => ({
    id: row.id,
    categoryId: row.categoryId,
    publishedAt: row.publishedAt ?? new Date(0),
    tagIds: tagsByArticle.get(row.id) ?? [],
    vector: indexedVector(db, row.id, context),
  }));
}

// A published article's vector, from the text the search index holds for it.
function indexedVector(db: DbExecutor, id: number, context: RelatedContext): TermVector {
  const cached = context.vectors.get(id);
  if (cached) return cached;
  const row = db.get<{ title: string; standfirst: string; body: string; tags: string }>(
    sql`select title, standfirst, body, tags from articles_fts where rowid = ${id}`,
  );
  const vector = termVector(
    weightedTerms(row ?? { title: "", standfirst: "", body: "", tags: "" }, context.stats),
    context.stats,
  );
  context.vectors.set(id, vector);
  return vector;
}

function excludedIds(db: DbExecutor, articleId: number): Set<number> {
  return new Set(
    db
      .select({ id: relatedExclusions.excludedId })
      .from(relatedExclusions)
      .where(eq(relatedExclusions.articleId, articleId))
      .all()
      .map((row) => row.id),
  );
}

// The read half: run before the write transaction so no heavy reading holds the write lock.
// Candidates come from the full-text index (the subject's strongest terms), from specific tags
// and from the section around the same date; lib/related/rank-related.ts scores them.
export function computeRelatedArticles(
  db: DbExecutor,
  articleId: number,
  options: {
    source?: RelatedSource;
    context?: RelatedContext;
    // Stories not (or no longer) in the index that should (or should not) be considered.
    extraCandidates?: RelatedSubject[];
    excludeIds?: number[];
  } = {},
): RankedRelated[] {
  const source = options.source ?? loadSource(db, articleId);
  if (!source) return [];
  const context = options.context ?? createRelatedContext(db);
  const features = subjectFeatures(db, articleId, source, context);
  const excluded = excludedIds(db, articleId);
  for (const id of options.excludeIds ?? []) excluded.add(id);
  const extra = (options.extraCandidates ?? []).filter(
    (candidate) => candidate.id !== articleId && !excluded.has(candidate.id),
  );
  const extraIds = new Set(extra.map((candidate) => candidate.id));
  const candidates = [
    ...loadCandidates(
      db,
      candidateIds(db, features, context, excluded).filter((id) => !extraIds.has(id)),
      context,
    ),
    ...extra,
  ];
  return rankRelated(features.subject, candidates, RELATED_LIMIT);
}

export type RelatedRefresh = { articleId: number; ranked: RankedRelated[] }[];

// Publishing or removing one article changes the lists of the stories it belongs with. The plan
// (read phase, before the transaction) holds the article's own list, unless it is being
// removed, and the recomputed list of every story that ranks it or now would.
export function computeRelatedRefresh(
  db: DbExecutor,
  articleId: number,
  options: { removing?: boolean; source?: RelatedSource } = {},
): RelatedRefresh {
  const context = createRelatedContext(db);
  // The article is changing: its stored vector (if any) describes the old text.
  context.vectors.delete(articleId);
  const listing = new Set(
    db
      .select({ id: relatedArticles.articleId })
      .from(relatedArticles)
      .where(eq(relatedArticles.relatedId, articleId))
      .all()
      .map((row) => row.id),
  );
  if (options.removing) {
    return [...listing].map((id) => ({
      articleId: id,
      ranked: computeRelatedArticles(db, id, { context, excludeIds: [articleId] }),
    }));
  }
  const source = options.source ?? loadSource(db, articleId);
  if (!source) return [];
  const own = computeRelatedArticles(db, articleId, { source, context });
  const self = subjectFeatures(db, articleId, source, context).subject;
  const neighbours = new Set([...own.map((entry) => entry.id), ...listing]);
  return [
    { articleId, ranked: own },
    ...[...neighbours].map((id) => ({
      articleId: id,
      ranked: computeRelatedArticles(db, id, { context, extraCandidates: [self] }),
    })),
  ];
}

// The write half of computeRelatedRefresh, inside the publishing transaction. Returns the ids
// of the other articles whose lists changed: their cached pages need revalidating. Their
// editorial modification time is left alone.
export function writeRelatedRefresh(db: DbExecutor, plan: RelatedRefresh): number[] {
  const changed: number[] = [];
  plan.forEach((entry, index) => {
    const before = storedList(db, entry.articleId);
    writeRelatedArticles(db, entry.articleId, entry.ranked);
    if (index > 0 && storedList(db, entry.articleId) !== before) changed.push(entry.articleId);
  });
  if (changed.length > 0) {
    db.update(articles).set({ updatedAt: new Date() }).where(inArray(articles.id, changed)).run();
  }
  return changed;
}

function storedList(db: DbExecutor, articleId: number): string {
  return db
    .select({ id: relatedArticles.relatedId })
    .from(relatedArticles)
    .where(eq(relatedArticles.articleId, articleId))
    .orderBy(asc(relatedArticles.position))
    .all()
    .map((row) => row.id)
    .join(",");
}

// The write half: replaces the stored list inside the caller's transaction. Pinned entries keep
// their places at the top; excluded stories never enter; the list holds RELATED_LIMIT entries.
export function writeRelatedArticles(
  db: DbExecutor,
  articleId: number,
  ranked: RankedRelated[],
): void {
  db.delete(relatedArticles)
    .where(and(eq(relatedArticles.articleId, articleId), eq(relatedArticles.pinned, false)))
    .run();
  const pinned = db
    .select({ id: relatedArticles.relatedId, position: relatedArticles.position })
    .from(relatedArticles)
    .where(eq(relatedArticles.articleId, articleId))
    .orderBy(asc(relatedArticles.position))
    .all();
  const excluded = excludedIds(db, articleId);
  const taken = new Set([articleId, ...pinned.map((row) => row.id)]);
  pinned.forEach((row, index) => {
    if (row.position !== index) {
      db.update(relatedArticles)
        .set({ position: index })
        .where(and(eq(relatedArticles.articleId, articleId), eq(relatedArticles.relatedId, row.id)))
        .run();
    }
  });
  const rows = ranked
    .filter((entry) => !taken.has(entry.id) && !excluded.has(entry.id))
    .slice(0, Math.max(0, RELATED_LIMIT - pinned.length))
    .map((entry, index) => ({
      articleId,
      relatedId: entry.id,
      position: pinned.length + index,
      score: entry.score,
    }));
  if (rows.length > 0) db.insert(relatedArticles).values(rows).run();
}
