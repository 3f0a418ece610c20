import "server-only";
import { and, asc, count, eq, inArray, like, or, sql } from "drizzle-orm";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "../../client";
import type { DbExecutor } from "../../open-database";
import { articleTags, tags } from "../../schema";
import type { AdminTagRow } from "./admin-view-types";

export const TAGS_PER_PAGE = 50;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

// One page of tags by name, optionally filtered, with how many articles carry each.
export function getAdminTags(
  actor: Actor,
  options: { query?: string; page?: number },
  db: DbExecutor = getDb(),
): { tags: AdminTagRow[]; total: number; page: number; totalPages: number } {
  assertCan(actor, "taxonomy:manage");
  const query = options.query?.trim().toLowerCase();
  const pattern = query ? `%${escapeLike(query)}%` : null;
  const where = pattern
    ? or(
        sql`lower(${tags.name}) like ${pattern} escape '\\'`,
        like(tags.slug, sql`${pattern} escape '\\'`),
      )
    : undefined;
  const total = db.select({ n: count() }).from(tags).where(where).get()?.n ?? 0;
  const totalPages = Math.max(1, Math.ceil(total / TAGS_PER_PAGE));
  const page = Math.min(Math.max(1, options.page ?? 1), totalPages);
  const rows = db
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(tags)
    .where(where)
    .orderBy(asc(sql`lower(${tags.name})`), asc(tags.id))
    .limit(TAGS_PER_PAGE)
    .offset((page - 1) * TAGS_PER_PAGE)
    .all();
  const counts = new Map(
    rows.length === 0
      ? []
      : db
          .select({ id: articleTags.tagId, n: count() })
          .from(articleTags)
          .where(
            inArray(
              articleTags.tagId,
              rows.map((row) => row.id),
            ),
          )
          .groupBy(articleTags.tagId)
          .all()
          .map((row) => [row.id, row.n]),
  );
  return {
    tags: rows.map((row) => ({ ...row, articleCount: counts.get(row.id) ?? 0 })),
    total,
    page,
    totalPages,
  };
}

export function getAdminTag(actor: Actor, id: number, db: DbExecutor = getDb()) {
  assertCan(actor, "taxonomy:manage");
  const tag = db.select().from(tags).where(eq(tags.id, id)).get();
  if (!tag) return null;
  const articleCount =
    db.select({ n: count() }).from(articleTags).where(eq(articleTags.tagId, id)).get()?.n ?? 0;
  return { ...tag, articleCount };
}

export function getTagIdBySlug(slug: string, db: DbExecutor = getDb()): number | null {
  return (
    db
      .select({ id: tags.id })
      .from(tags)
      .where(and(eq(tags.slug, slug)))
      .get()?.id ?? null
  );
}
