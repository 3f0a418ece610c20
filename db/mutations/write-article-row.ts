import { eq } from "drizzle-orm";
import { articleValuesFromRow } from "@/lib/articles/article-values-from-row";
import type { StatusPatch } from "@/lib/articles/move-status-patch";
import { nextBreakingWindow } from "@/lib/articles/next-breaking-window";
import { articleCacheTags } from "@/lib/cache/article-cache-tags";
import type { DbExecutor } from "../open-database";
import { getArticleCacheState } from "../queries/publishing/get-article-cache-state";
import {
  getArticleForWrite,
  type ArticleForWrite,
} from "../queries/publishing/get-article-for-write";
import type { RelatedRefresh } from "../queries/related/get-related-refresh-plan";
import { articleAuthors, articles, articleTags, articleWorkingCopies } from "../schema";
import type { ArticleChange, ArticleWriteResult } from "./commit-article-change";
import { createRedirect } from "./create-redirect";
import { recordArticleChange } from "./record-article-change";
import { resolveArticleInput, type ResolvedArticle } from "./resolve-article-input";
import { syncPublicState } from "./sync-public-state";

function writeLinks(tx: DbExecutor, articleId: number, resolved: ResolvedArticle): void {
  tx.delete(articleTags).where(eq(articleTags.articleId, articleId)).run();
  const tagIds = resolved.tagIds.filter((id): id is number => id !== null);
  if (tagIds.length > 0) {
    tx.insert(articleTags)
      .values(tagIds.map((tagId, position) => ({ articleId, tagId, position })))
      .run();
  }
  tx.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId)).run();
  tx.insert(articleAuthors)
    .values(resolved.input.authorIds.map((userId, position) => ({ articleId, userId, position })))
    .run();
  // The editor's values are now the article; a working copy would be stale.
  tx.delete(articleWorkingCopies).where(eq(articleWorkingCopies.articleId, articleId)).run();
}

// A change to the article row, inside commitArticleChange's transaction: the row with its status
// patch and breaking window, the tag and author links, a redirect for a changed address, the
// go-live step (syncPublicState: listing copies, search entry, related lists), a revision of
// what is now stored, an audit entry, and the cache tags of every page that changed.
export function writeArticleRow(
  tx: DbExecutor,
  change: ArticleChange,
  current: ArticleForWrite,
  patch: StatusPatch,
  related: RelatedRefresh | null,
): ArticleWriteResult {
  const { now } = change;
  const input = change.content?.kind === "input" ? change.content.input : null;
  const version = current.version + 1;
  const before = getArticleCacheState(tx, current, now);
  const resolved = input
    ? resolveArticleInput(tx, input, { articleId: current.id, current, createTags: true })
    : null;
  const status = patch.status ?? current.status;
  const breakingUntil = nextBreakingWindow({
    wasLive: current.status === "published",
    isLive: status === "published",
    current: current.breakingUntil,
    flag: resolved ? resolved.input.breaking : null,
    publishedAt: patch.publishedAt ?? current.publishedAt ?? now,
    now,
  });
  // Saving a scheduled story keeps its time: only Schedule moves it.
  const keepsSchedule = current.status === "scheduled" && patch.status === undefined;

  tx.update(articles)
    .set({
      ...(resolved
        ? {
            slug: resolved.slug,
            title: resolved.input.title,
            standfirst: resolved.input.standfirst,
            body: resolved.input.body,
            categoryId: resolved.input.categoryId!,
            heroMediaId: resolved.input.heroMediaId,
            heroCaption: resolved.input.heroCaption,
            readingMinutes: resolved.readingMinutes,
            wordCount: resolved.wordCount,
            featured: resolved.input.featured,
            seoTitle: resolved.input.seoTitle,
            seoDescription: resolved.input.seoDescription,
            publishAt: keepsSchedule ? current.publishAt : resolved.input.publishAt,
          }
        : {}),
      ...patch,
      breakingUntil,
      version,
      updatedAt: now,
    })
    .where(eq(articles.id, current.id))
    .run();
  if (resolved) writeLinks(tx, current.id, resolved);
  const path = `/${resolved?.categorySlug ?? current.categorySlug}/${resolved?.slug ?? current.slug}`;
  if (path !== current.path && current.publishedAt !== null) {
    createRedirect(tx, current.path, path);
  }
  const relistedIds = syncPublicState(tx, current.id, { related });

  const after = getArticleForWrite(tx, current.id);
  const revisionId = recordArticleChange(tx, change, {
    articleId: current.id,
    version,
    values: articleValuesFromRow(after, after.tagSlugs, after.authorIds, now),
    details: {
      title: after.title,
      path,
      version,
      ...(status !== current.status ? { from: current.status, to: status } : {}),
      ...(path !== current.path ? { previousPath: current.path } : {}),
      ...(current.status === "scheduled" && status === "published"
        ? { scheduledFor: current.publishAt }
        : {}),
    },
  });
  return {
    articleId: current.id,
    version,
    status,
    path,
    savedTo: "article",
    revisionId,
    cacheTags: articleCacheTags({
      articleId: current.id,
      before,
      after: getArticleCacheState(tx, after, now),
      relistedIds,
    }),
  };
}
