import "server-only";
import { and, asc, desc, eq, exists, ne, or, type SQL } from "drizzle-orm";
import { canDo, type Actor } from "@/lib/auth/permissions";
import { getDb } from "../../client";
import type { DbExecutor } from "../../open-database";
import { articleAuthors, articles } from "../../schema";
import type { Dashboard } from "./admin-view-types";
import { getAdminArticleRows } from "./get-admin-article-rows";

const LIST_LIMIT = 10;

// Articles the actor created or carries a byline on.
export function ownArticles(db: DbExecutor, userId: number): SQL {
  return or(
    eq(articles.createdById, userId),
    exists(
      db
        .select({ one: articleAuthors.userId })
        .from(articleAuthors)
        .where(and(eq(articleAuthors.articleId, articles.id), eq(articleAuthors.userId, userId))),
    ),
  )!;
}

function ids(rows: { id: number }[]): number[] {
  return rows.map((row) => row.id);
}

export function getDashboard(actor: Actor, db: DbExecutor = getDb()): Dashboard {
  const everyone = canDo(actor, "article:list-all");
  const scope = everyone ? undefined : ownArticles(db, actor.id);
  const inReview = db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.status, "in_review"), scope))
    .orderBy(asc(articles.updatedAt))
    .limit(LIST_LIMIT)
    .all();
  const scheduled = db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.status, "scheduled"), scope))
    .orderBy(asc(articles.publishAt))
    .limit(LIST_LIMIT)
    .all();
  const recentlyPublished = db
    .select({ id: articles.id })
    .from(articles)
    .where(eq(articles.status, "published"))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(LIST_LIMIT)
    .all();
  const mine = db
    .select({ id: articles.id })
    .from(articles)
    .where(and(ne(articles.status, "trashed"), ownArticles(db, actor.id)))
    .orderBy(desc(articles.updatedAt))
    .limit(LIST_LIMIT)
    .all();
  return {
    inReview: getAdminArticleRows(db, ids(inReview)),
    scheduled: getAdminArticleRows(db, ids(scheduled)),
    recentlyPublished: getAdminArticleRows(db, ids(recentlyPublished)),
    mine: getAdminArticleRows(db, ids(mine)),
    showsEveryone: everyone,
  };
}
