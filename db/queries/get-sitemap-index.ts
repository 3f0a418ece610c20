import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../client";
import type { DbExecutor } from "../open-database";
import { SECTIONS_SITEMAP, SITEMAP_CHUNK_SIZE } from "@/lib/seo/sitemap-chunks";
import type { SitemapIndexEntry } from "./sitemap-types";

const toDate = (ms: number | null) => (ms === null ? null : new Date(ms));

// One row per chunk that holds anything published. An article chunk's lastmod is the newest
// change of any row in its id range, published or not: unpublishing or trashing a story changes
// the chunk (it drops out) without changing any remaining story.
export function getSitemapIndex(db: DbExecutor = getDb()): SitemapIndexEntry[] {
  // Inlined, not bound: a bound number is a REAL to SQLite, and id / 10000.0 is no chunk number.
  const size = sql.raw(String(SITEMAP_CHUNK_SIZE));
  const articleChunks = db.all<{ chunk: number; changed: number | null }>(sql`
    SELECT id / ${size} AS chunk,
      max(max(updated_at, coalesce(modified_at, 0), coalesce(published_at, 0),
        coalesce(trashed_at, 0))) AS changed
    FROM articles
    GROUP BY chunk
    HAVING sum(status = 'published') > 0
    ORDER BY chunk`);
  const tagChunks = db.all<{ chunk: number; changed: number | null }>(sql`
    SELECT tag_id / ${size} AS chunk, max(published_at) AS changed
    FROM article_tags WHERE published_at IS NOT NULL
    GROUP BY chunk ORDER BY chunk`);
  const authorChunks = db.all<{ chunk: number; changed: number | null }>(sql`
    SELECT user_id / ${size} AS chunk, max(published_at) AS changed
    FROM article_authors WHERE published_at IS NOT NULL
    GROUP BY chunk ORDER BY chunk`);
  const sections = db.get<{ changed: number | null }>(sql`
    SELECT max(
      coalesce((SELECT max(published_at) FROM articles WHERE status = 'published'), 0),
      coalesce((SELECT max(updated_at) FROM pages), 0)) AS changed`);
  return [
    { name: { kind: SECTIONS_SITEMAP }, lastModified: toDate(sections?.changed || null) },
    ...articleChunks.map((row) => ({
      name: { kind: "articles" as const, chunk: row.chunk },
      lastModified: toDate(row.changed),
    })),
    ...tagChunks.map((row) => ({
      name: { kind: "tags" as const, chunk: row.chunk },
      lastModified: toDate(row.changed),
    })),
    ...authorChunks.map((row) => ({
      name: { kind: "authors" as const, chunk: row.chunk },
      lastModified: toDate(row.changed),
    })),
  ];
}
