import { and, asc, eq, lte, sql } from "drizzle-orm";
import { articleValuesFromRow } from "@/lib/articles/article-values-from-row";
import { breakingUntil } from "@/lib/articles/breaking-until";
import { articleCacheTags } from "@/lib/cache/article-cache-tags";
import type { GazetiDatabase } from "../open-database";
import { articles, redirects } from "../schema";
import { loadArticleForWrite } from "./load-article-for-write";
import { readArticleCacheState } from "./read-article-cache-state";
import { recordAudit } from "./record-audit";
import { recordRevision } from "./record-revision";
import {
  computeRelatedRefresh,
  writeRelatedRefresh,
  type RelatedRefresh,
} from "./refresh-related-articles";
import { syncPublishedCopies } from "./sync-published-copies";
import { syncSearchEntry } from "./sync-search-entry";

export type PublishDueResult = { publishedIds: number[]; cacheTags: string[] };

// The scheduler's step: every scheduled story whose time has come goes live, exactly once even
// when two servers run it at the same moment. One UPDATE … WHERE status = 'scheduled' claims the
// due rows atomically (SQLite lets one writer at a time in; the second finds nothing left), and
// in the same transaction each claimed story gets the steps of a manual publish. Stories missed
// while the server was down are simply due, so the first run after a start catches up.
export function publishDueArticles(
  db: GazetiDatabase,
  options: { now?: Date } = {},
): PublishDueResult {
  const now = options.now ?? new Date();
  const due = db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.status, "scheduled"), lte(articles.publishAt, now)))
    .orderBy(asc(articles.publishAt))
    .all();
  if (due.length === 0) return { publishedIds: [], cacheTags: [] };

  // Read phase, before the write lock: the related lists as they will be once each is live.
  const plans = new Map<number, RelatedRefresh>();
  for (const { id } of due) {
    const article = loadArticleForWrite(db, id);
    plans.set(
      id,
      computeRelatedRefresh(db, id, {
        source: { ...article, publishedAt: article.publishedAt ?? now },
      }),
    );
  }

  const nowMs = now.getTime();
  return db.transaction(
    (tx) => {
      // Every SET expression reads the row as it was before this statement.
      const claimed = tx
        .update(articles)
        .set({
          status: "published",
          publishedAt: sql`coalesce(${articles.publishedAt}, ${nowMs})`,
          modifiedAt: sql`case when ${articles.publishedAt} is null then ${articles.modifiedAt} else ${nowMs} end`,
          version: sql`${articles.version} + 1`,
          updatedAt: now,
        })
        .where(and(eq(articles.status, "scheduled"), lte(articles.publishAt, now)))
        .returning({
          id: articles.id,
          version: articles.version,
          publishAt: articles.publishAt,
          publishedAt: articles.publishedAt,
          breakingUntil: articles.breakingUntil,
        })
        .all();

      const cacheTags = new Set<string>();
      for (const { id, version, publishAt, publishedAt, breakingUntil: flagged } of claimed) {
        // The breaking window a manual publish opens (commitArticleChange): counted from the
        // story's first publication, so a story republished later gets no fresh banner.
        const window = breakingUntil(flagged !== null, null, publishedAt ?? now, now);
        if (window?.getTime() !== flagged?.getTime()) {
          tx.update(articles).set({ breakingUntil: window }).where(eq(articles.id, id)).run();
        }
        const article = loadArticleForWrite(tx, id);
        tx.delete(redirects).where(eq(redirects.fromPath, article.path)).run();
        syncPublishedCopies(tx, id);
        syncSearchEntry(tx, id);
        const plan =
          plans.get(id) ??
          computeRelatedRefresh(tx, id, {
            source: { ...article, publishedAt: article.publishedAt },
          });
        const relistedIds = writeRelatedRefresh(tx, plan);
        recordRevision(tx, {
          articleId: id,
          version,
          kind: "publish",
          values: articleValuesFromRow(article, article.tagSlugs, article.authorIds, now),
          actorId: null,
          now,
        });
        recordAudit(tx, {
          actorId: null,
          action: "article.published",
          target: { type: "article", id },
          details: { title: article.title, path: article.path, scheduledFor: publishAt, version },
          at: now,
        });
        const after = readArticleCacheState(tx, article, now);
        const tags = articleCacheTags({
          articleId: id,
          before: { ...after, published: false, breaking: false, listedBy: [] },
          after,
          relistedIds,
        });
        for (const tag of tags) cacheTags.add(tag);
      }
      return { publishedIds: claimed.map((row) => row.id), cacheTags: [...cacheTags] };
    },
    { behavior: "immediate" },
  );
}
