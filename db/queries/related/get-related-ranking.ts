import { inArray, sql } from "drizzle-orm";
import { rankRelated, type RankedRelated, type RelatedSubject } from "@/lib/related/rank-related";
import {
  termVector,
  weightedTerms,
  type TermVector,
  type WeightedTerm,
} from "@/lib/related/term-vector";
import type { DbExecutor } from "../../open-database";
import { articles, articleTags } from "../../schema";
import { RELATED_LIMIT } from "../related-limit";
import { getExcludedRelatedIds } from "./get-excluded-related-ids";
import { getRelatedContext, type RelatedContext } from "./get-related-context";
import { getRelatedSource, type RelatedSource } from "./get-related-source";
import { getSubjectFeatures, type SubjectFeatures } from "./get-subject-features";

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
  { subject, terms }: SubjectFeatures,
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

// A story's related list as the ranking would make it now: run before the write transaction so no heavy reading holds the write lock.
// Candidates come from the full-text index (the subject's strongest terms), from specific tags
// and from the section around the same date; lib/related/rank-related.ts scores them.
export function getRelatedRanking(
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
  const source = options.source ?? getRelatedSource(db, articleId);
  if (!source) return [];
  const context = options.context ?? getRelatedContext(db);
  const features = getSubjectFeatures(db, articleId, source, context);
  const excluded = getExcludedRelatedIds(db, articleId);
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
