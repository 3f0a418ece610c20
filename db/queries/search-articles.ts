import "server-only";
import { inArray, sql, type SQL } from "drizzle-orm";
import {
  HIT_END,
  HIT_START,
  highlightSegments,
  segmentsHaveHit,
  type HighlightSegment,
} from "@/lib/search/highlight-segments";
import { getDb } from "../client";
import type { DbExecutor } from "../open-database";
import { articles } from "../schema";
import { getArticleCardsByIds } from "./get-article-cards-by-ids";
import type { ArticleCard } from "./view-types";

export const SEARCH_PAGE_SIZE = 10;

// bm25 weight per column of articles_fts (title, standfirst, body, tags, authors): a word in
// the headline counts ten times a word in the body.
export const SEARCH_COLUMN_WEIGHTS = [10, 5, 1, 4, 3] as const;

// Words of body text around the best hit in a result's excerpt.
const EXCERPT_TOKENS = 32;

// bm25 is computed for every row it ranks, so a very common word ("Kenya", "said") would make
// one search cost hundreds of milliseconds at 100,000 articles. Such searches rank the most
// recent RANK_WINDOW matching stories only (ids follow publication), which is what a reader of
// news wants from them anyway; the count stays exact.
export const RANK_WINDOW = 5000;

export type SearchFilters = {
  categorySlug?: string | null;
  // Published at or after `from` and before `until`.
  from?: Date | null;
  until?: Date | null;
};

export type SearchHit = {
  article: ArticleCard;
  title: HighlightSegment[];
  excerpt: HighlightSegment[];
};

export type SearchResults = {
  total: number;
  // How many of them were ranked: less than total when the words are very common.
  ranked: number;
  page: number;
  totalPages: number;
  hits: SearchHit[];
};

// better-sqlite3 binds JavaScript numbers as REAL, and FTS5 ignores a REAL in "MATCH ... AND
// rowid = ?" (it returns the first match instead): rowids are cast to integers in every query.
const bm25 = sql.raw(`bm25(articles_fts, ${SEARCH_COLUMN_WEIGHTS.join(", ")})`);

function hasFilters(filters: SearchFilters): boolean {
  return Boolean(filters.categorySlug || filters.from || filters.until);
}

// Ids of the published articles the filters allow, read from the covering indexes on
// (category_id, status, published_at, id) and (status, published_at, id): the article rows,
// whose bodies make them large, are never touched.
function allowedIds(db: DbExecutor, filters: SearchFilters): Set<number> {
  const parts: SQL[] = [sql`status = 'published'`];
  if (filters.categorySlug) {
    parts.push(sql`category_id = (select id from categories where slug = ${filters.categorySlug})`);
  }
  if (filters.from) parts.push(sql`published_at >= ${filters.from.getTime()}`);
  if (filters.until) parts.push(sql`published_at < ${filters.until.getTime()}`);
  return new Set(
    db
      .all<{ id: number }>(sql`select id from articles where ${sql.join(parts, sql` and `)}`)
      .map((row) => row.id),
  );
}

type Scored = { id: number; score: number; publishedAt?: number };

// Equal scores (the same text, say) go newest first.
function orderTies(db: DbExecutor, scored: Scored[]): void {
  const tied = new Set<number>();
  scored.forEach((row, index) => {
    if (index > 0 && scored[index - 1]!.score === row.score) {
      tied.add(row.id);
      tied.add(scored[index - 1]!.id);
    }
  });
  if (tied.size === 0 || tied.size > 1000) return;
  const published = new Map(
    db
      .select({ id: articles.id, publishedAt: articles.publishedAt })
      .from(articles)
      .where(inArray(articles.id, [...tied]))
      .all()
      .map((row) => [row.id, row.publishedAt?.getTime() ?? 0]),
  );
  for (const row of scored) row.publishedAt = published.get(row.id);
  scored.sort(
    (a, b) => a.score - b.score || (b.publishedAt ?? 0) - (a.publishedAt ?? 0) || b.id - a.id,
  );
}

// Full-text search over published articles, best match first (bm25, headline weighted above
// body) and newest first among equals. `match` must come from parseSearchQuery: it is passed to
// FTS5 as query syntax. Nothing here is cached.
//
// The article rows are never joined per match: their bodies make them span overflow pages, so
// reading a status or a date from 100,000 of them costs more than the search itself. Filters
// are applied as id sets read from covering indexes instead; the index holds published
// articles only (syncSearchEntry), and the results shown are checked against articles.status.
export function searchArticles(
  match: string,
  options: { filters?: SearchFilters; page?: number; pageSize?: number } = {},
  db: DbExecutor = getDb(),
): SearchResults {
  const filters = options.filters ?? {};
  const pageSize = options.pageSize ?? SEARCH_PAGE_SIZE;
  const page = Math.max(1, options.page ?? 1);
  const allowed = hasFilters(filters) ? allowedIds(db, filters) : null;
  // Ascending ids of the matches the filters allow (only computed when there are filters).
  const eligible = allowed
    ? db
        .all<{ id: number }>(
          sql`select rowid as id from articles_fts where articles_fts match ${match} order by rowid`,
        )
        .map((row) => row.id)
        .filter((id) => allowed.has(id))
    : null;
  const total = eligible
    ? eligible.length
    : (db.get<{ n: number }>(
        sql`select count(*) as n from articles_fts where articles_fts match ${match}`,
      )?.n ?? 0);
  const ranked = Math.min(total, RANK_WINDOW);
  const totalPages = Math.max(1, Math.ceil(ranked / pageSize));
  if (total === 0 || page > totalPages) return { total, ranked, page, totalPages, hits: [] };

  // The range of ids to rank: the newest RANK_WINDOW matches, and within the filters' reach.
  // The index yields rowids in descending order without sorting.
  const low = eligible
    ? eligible[Math.max(0, eligible.length - RANK_WINDOW)]!
    : total > RANK_WINDOW
      ? (db.get<{ id: number }>(
          sql`select rowid as id from articles_fts where articles_fts match ${match} order by rowid desc limit 1 offset ${RANK_WINDOW - 1}`,
        )?.id ?? 0)
      : 0;
  const high = eligible ? eligible[eligible.length - 1]! : Number.MAX_SAFE_INTEGER;
  const scored: Scored[] = db
    .all<Scored>(
      sql`select rowid as id, ${bm25} as score from articles_fts where articles_fts match ${match} and rowid between cast(${low} as integer) and cast(${high} as integer)`,
    )
    .filter((row) => !allowed || allowed.has(row.id))
    // bm25() is lower for better matches.
    .sort((a, b) => a.score - b.score || b.id - a.id);
  orderTies(db, scored);
  const pageIds = scored.slice((page - 1) * pageSize, page * pageSize).map((row) => row.id);
  // Read by id and filtered here: "status = ?" in the query would send SQLite down the status
  // index over every published article.
  const published = new Set(
    db
      .select({ id: articles.id, status: articles.status })
      .from(articles)
      .where(inArray(articles.id, pageIds.length > 0 ? pageIds : [-1]))
      .all()
      .filter((row) => row.status === "published")
      .map((row) => row.id),
  );
  const ids = pageIds.filter((id) => published.has(id));
  const cards = new Map(getArticleCardsByIds(ids, db).map((card) => [card.id, card]));
  const hits = ids.flatMap((id): SearchHit[] => {
    const article = cards.get(id);
    if (!article) return [];
    const marked = db.get<{ title: string; body: string; standfirst: string }>(
      sql`select highlight(articles_fts, 0, ${HIT_START}, ${HIT_END}) as title, snippet(articles_fts, 2, ${HIT_START}, ${HIT_END}, '…', ${EXCERPT_TOKENS}) as body, highlight(articles_fts, 1, ${HIT_START}, ${HIT_END}) as standfirst from articles_fts where articles_fts match ${match} and rowid = cast(${id} as integer)`,
    );
    const body = highlightSegments(marked?.body ?? "");
    const standfirst = highlightSegments(marked?.standfirst ?? article.standfirst);
    return [
      {
        article,
        title: highlightSegments(marked?.title ?? article.title),
        // The body's best passage when the words are in it, else the standfirst.
        excerpt:
          segmentsHaveHit(body) || (body.length > 0 && !segmentsHaveHit(standfirst))
            ? body
            : standfirst,
      },
    ];
  });
  return { total, ranked, page, totalPages, hits };
}
