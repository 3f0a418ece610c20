import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../client";
import type { DbExecutor } from "../open-database";
import { imageUrl } from "@/lib/media/image-url";
import { chunkIdRange, SECTIONS_SITEMAP, type SitemapName } from "@/lib/seo/sitemap-chunks";
import type { SitemapEntry } from "./sitemap-types";

const toDate = (ms: number | null) => (ms === null ? null : new Date(ms));

type ArticleRow = {
  slug: string;
  category: string;
  changed: number;
  hash: string | null;
  widths: string | null;
};

// Published stories of one id range, by id (a stable order), without their bodies. lastmod is
// the editorial modification time, the one readers see as "Updated".
function articleEntries(chunk: number, db: DbExecutor): SitemapEntry[] {
  const { from, to } = chunkIdRange(chunk);
  const rows = db.all<ArticleRow>(sql`
    SELECT a.slug, c.slug AS category,
      max(a.published_at, coalesce(a.modified_at, 0)) AS changed,
      m.hash, m.rendition_widths AS widths
    FROM articles a
    JOIN categories c ON c.id = a.category_id
    LEFT JOIN media m ON m.id = a.hero_media_id
    WHERE a.id BETWEEN ${from} AND ${to} AND a.status = 'published'
    ORDER BY a.id`);
  return rows.map((row) => {
    const widths: number[] = row.widths ? JSON.parse(row.widths) : [];
    const largest = Math.max(0, ...widths);
    return {
      path: `/${row.category}/${row.slug}`,
      lastModified: toDate(row.changed),
      imagePaths: row.hash && largest > 0 ? [imageUrl(row.hash, largest, "jpeg")] : [],
    };
  });
}

// Tags and authors with at least one published story, lastmod being their newest story.
function tagEntries(chunk: number, db: DbExecutor): SitemapEntry[] {
  const { from, to } = chunkIdRange(chunk);
  return db
    .all<{ slug: string; changed: number }>(
      sql`
      SELECT t.slug, max(l.published_at) AS changed
      FROM article_tags l JOIN tags t ON t.id = l.tag_id
      WHERE l.tag_id BETWEEN ${from} AND ${to} AND l.published_at IS NOT NULL
      GROUP BY l.tag_id ORDER BY l.tag_id`,
    )
    .map((row) => ({
      path: `/tag/${row.slug}`,
      lastModified: toDate(row.changed),
      imagePaths: [],
    }));
}

function authorEntries(chunk: number, db: DbExecutor): SitemapEntry[] {
  const { from, to } = chunkIdRange(chunk);
  return db
    .all<{ slug: string; changed: number }>(
      sql`
      SELECT u.slug, max(l.published_at) AS changed
      FROM article_authors l JOIN users u ON u.id = l.user_id
      WHERE l.user_id BETWEEN ${from} AND ${to} AND l.published_at IS NOT NULL
      GROUP BY l.user_id ORDER BY l.user_id`,
    )
    .map((row) => ({
      path: `/author/${row.slug}`,
      lastModified: toDate(row.changed),
      imagePaths: [],
    }));
}

// The home page, every section and the editorial pages (About, Contact, Corrections).
function sectionEntries(db: DbExecutor): SitemapEntry[] {
  const newest = db.get<{ changed: number | null }>(sql`
    SELECT max(published_at) AS changed FROM articles WHERE status = 'published'`);
  const categories = db.all<{ slug: string; changed: number | null }>(sql`
    SELECT c.slug,
      (SELECT max(a.published_at) FROM articles a
        WHERE a.category_id = c.id AND a.status = 'published') AS changed
    FROM categories c ORDER BY c.nav_order, c.id`);
  const pages = db.all<{ slug: string; changed: number }>(sql`
    SELECT slug, updated_at AS changed FROM pages ORDER BY footer_order, id`);
  return [
    { path: "/", lastModified: toDate(newest?.changed ?? null), imagePaths: [] },
    ...categories.map((row) => ({
      path: `/${row.slug}`,
      lastModified: toDate(row.changed),
      imagePaths: [],
    })),
    ...pages.map((row) => ({
      path: `/${row.slug}`,
      lastModified: toDate(row.changed),
      imagePaths: [],
    })),
  ];
}

// Null when a chunk holds nothing published, so its URL answers 404.
export function getSitemap(name: SitemapName, db: DbExecutor = getDb()): SitemapEntry[] | null {
  const entries =
    name.kind === SECTIONS_SITEMAP
      ? sectionEntries(db)
      : name.kind === "articles"
        ? articleEntries(name.chunk, db)
        : name.kind === "tags"
          ? tagEntries(name.chunk, db)
          : authorEntries(name.chunk, db);
  return entries.length > 0 ? entries : null;
}
