import "server-only";
import { and, desc, eq, ne, sql, type SQL } from "drizzle-orm";
import { canDo, type Actor } from "@/lib/auth/permissions";
import { getDb } from "../../client";
import type { DbExecutor } from "../../open-database";
import { articles, type ArticleStatus } from "../../schema";
import type { AdminArticleRow } from "../admin/admin-view-types";
import { getAdminArticleRows } from "../admin/get-admin-article-rows";
import { ownArticles } from "../admin/get-dashboard";

export const ADMIN_ARTICLES_PAGE_SIZE = 30;

export type AdminArticleFilters = {
  // A workflow state, or every state but the trash when null.
  status: ArticleStatus | null;
  mine: boolean;
  // Part of the title, any letter case.
  query: string;
  page: number;
};

export type AdminArticleList = {
  rows: AdminArticleRow[];
  page: number;
  hasNext: boolean;
  // False for authors and contributors: they only ever see their own stories.
  showsEveryone: boolean;
};

// LIKE's wildcards typed into the search box are matched literally.
function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

// The newsroom's article list, most recently changed first: editors see everyone's, others
// their own. A page is read one row past its end to know whether there is a next one, rather
// than counting the whole table.
export function getAdminArticles(
  actor: Actor,
  filters: AdminArticleFilters,
  db: DbExecutor = getDb(),
): AdminArticleList {
  const everyone = canDo(actor, "article:list-all");
  const conditions: (SQL | undefined)[] = [
    filters.status === null ? ne(articles.status, "trashed") : eq(articles.status, filters.status),
    filters.mine || !everyone ? ownArticles(db, actor.id) : undefined,
    filters.query.trim() === ""
      ? undefined
      : sql`${articles.title} like ${likePattern(filters.query.trim())} escape '\\'`,
  ];
  const page = Math.max(1, filters.page);
  const ids = db
    .select({ id: articles.id })
    .from(articles)
    .where(and(...conditions))
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(ADMIN_ARTICLES_PAGE_SIZE + 1)
    .offset((page - 1) * ADMIN_ARTICLES_PAGE_SIZE)
    .all()
    .map((row) => row.id);
  return {
    rows: getAdminArticleRows(db, ids.slice(0, ADMIN_ARTICLES_PAGE_SIZE)),
    page,
    hasNext: ids.length > ADMIN_ARTICLES_PAGE_SIZE,
    showsEveryone: everyone,
  };
}
