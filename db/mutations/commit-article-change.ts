import { eq } from "drizzle-orm";
import type { ArticleFormValues } from "@/lib/articles/article-form-values";
import type { ArticleInput } from "@/lib/articles/article-input-schema";
import { ArticleConflictError } from "@/lib/articles/article-errors";
import { breakingUntil } from "@/lib/articles/breaking-until";
import { articleValuesFromRow } from "@/lib/articles/article-values-from-row";
import { toNairobiLocalTime } from "@/lib/articles/to-nairobi-local-time";
import type { Actor, ArticleAction } from "@/lib/auth/permissions";
import { articleCacheTags } from "@/lib/cache/article-cache-tags";
import type { DbExecutor, GazetiDatabase } from "../open-database";
import {
  articleAuthors,
  articles,
  articleTags,
  articleWorkingCopies,
  redirects,
  type ArticleStatus,
} from "../schema";
import { addRedirect } from "./add-redirect";
import { assertCanDoToArticle } from "./assert-can-do-to-article";
import { findTag } from "./find-tag";
import { loadArticleForWrite, type ArticleForWrite } from "./load-article-for-write";
import { readArticleCacheState } from "./read-article-cache-state";
import { recordAudit, type AuditAction } from "./record-audit";
import { recordRevision, type RevisionKind } from "./record-revision";
import {
  computeRelatedRefresh,
  writeRelatedRefresh,
  type RelatedRefresh,
  type RelatedSource,
} from "./refresh-related-articles";
import { formValuesOf } from "./form-values-of";
import { resolveArticleInput } from "./resolve-article-input";
import { syncPublishedCopies } from "./sync-published-copies";
import { syncSearchEntry } from "./sync-search-entry";

export type ArticleWriteResult = {
  articleId: number;
  // The version the next save must be based on.
  version: number;
  status: ArticleStatus;
  // The public address of the stored row: /{category}/{slug}.
  path: string;
  savedTo: "article" | "working-copy" | "nothing";
  revisionId: number | null;
  // For refreshPublicCaches once the transaction has committed; empty when readers see no change.
  cacheTags: string[];
};

export type StatusPatch = Partial<
  Pick<
    typeof articles.$inferInsert,
    "status" | "publishAt" | "publishedAt" | "modifiedAt" | "trashedAt" | "statusBeforeTrash"
  >
>;

export type ArticleChange = {
  actor: Actor;
  articleId: number;
  // The version the editor's values were based on; null for status moves that carry no values.
  baseVersion: number | null;
  permission: ArticleAction;
  // Validated form values to store, or values kept as they are (autosave, restored revisions:
  // always to the working copy), or nothing (a status move).
  content:
    { kind: "input"; input: ArticleInput } | { kind: "values"; values: ArticleFormValues } | null;
  // Where values go: the article row, the working copy, or the row unless the story is live.
  target: "row" | "working-copy" | "row-unless-published";
  // The status fields after the change; throws ArticleStateError for a move the status forbids.
  transition?: (current: ArticleForWrite, input: ArticleInput | null, now: Date) => StatusPatch;
  revisionKind: RevisionKind | null;
  audit: AuditAction | null;
  now: Date;
};

function targetOf(change: ArticleChange, current: ArticleForWrite): "row" | "working-copy" {
  if (change.target === "row-unless-published") {
    return current.status === "published" ? "working-copy" : "row";
  }
  return change.target;
}

// The submitted values as they came, for a conflict revision (nothing resolved or created).
function submittedValues(change: ArticleChange): ArticleFormValues | null {
  if (!change.content) return null;
  if (change.content.kind === "values") return change.content.values;
  const { input } = change.content;
  return {
    ...input,
    categoryId: input.categoryId ?? null,
    heroCaption: input.heroCaption ?? "",
    seoTitle: input.seoTitle ?? "",
    seoDescription: input.seoDescription ?? "",
    publishAt: input.publishAt ? toNairobiLocalTime(input.publishAt) : "",
  };
}

// How the article will look to the related-posts ranking once the change commits.
function nextRelatedSource(
  db: DbExecutor,
  current: ArticleForWrite,
  input: ArticleInput | null,
  patch: StatusPatch,
  now: Date,
): RelatedSource {
  return {
    title: input?.title ?? current.title,
    standfirst: input?.standfirst ?? current.standfirst,
    body: input?.body ?? current.body,
    categoryId: input?.categoryId ?? current.categoryId,
    tagIds: input
      ? input.tags.map((entry, index) => {
          const found = findTag(db, entry);
          // A tag about to be created is shared by no other article yet.
          return found.kind === "existing" ? found.id : -1 - index;
        })
      : current.tagIds,
    publishedAt: patch.publishedAt ?? current.publishedAt ?? now,
  };
}

// The read half of the related lists: the article's own list and those of the stories it
// belongs with, as they will be once the change commits (computed before the write lock).
function planFor(
  db: DbExecutor,
  change: ArticleChange,
  current: ArticleForWrite,
  input: ArticleInput | null,
  patch: StatusPatch,
): RelatedRefresh | null {
  if (targetOf(change, current) !== "row") return null;
  const willBePublished = (patch.status ?? current.status) === "published";
  if (willBePublished) {
    return computeRelatedRefresh(db, current.id, {
      source: nextRelatedSource(db, current, input, patch, change.now),
    });
  }
  return current.status === "published"
    ? computeRelatedRefresh(db, current.id, { removing: true })
    : null;
}

// The one path every article change takes: check the role, read what the related lists will
// be before taking the write lock, then in one transaction check the version (a stale save is
// refused and kept as a "conflict" revision), write the row or the working copy, the tag and
// author links, the published copies, the search entry, the related lists, a redirect for a
// changed address, a revision and an audit entry, and work out which cached pages changed.
export function commitArticleChange(db: GazetiDatabase, change: ArticleChange): ArticleWriteResult {
  const { actor, now } = change;
  const input = change.content?.kind === "input" ? change.content.input : null;

  // The peek serves only the related lists of a change to the row: a change that always goes to
  // the working copy (autosave, every few seconds per open editor) skips it.
  let peek: ArticleForWrite | null = null;
  let peekPlan: RelatedRefresh | null = null;
  if (change.target !== "working-copy") {
    peek = loadArticleForWrite(db, change.articleId);
    assertCanDoToArticle(actor, change.permission, peek);
    peekPlan = planFor(db, change, peek, input, change.transition?.(peek, input, now) ?? {});
  }

  const outcome = db.transaction(
    (tx) => {
      const current = loadArticleForWrite(tx, change.articleId);
      assertCanDoToArticle(actor, change.permission, current);
      if (change.baseVersion !== null && current.version !== change.baseVersion) {
        const refused = submittedValues(change);
        const conflictRevisionId = refused
          ? recordRevision(tx, {
              articleId: current.id,
              version: change.baseVersion,
              kind: "conflict",
              values: refused,
              actorId: actor.id,
              now,
            })
          : null;
        return { kind: "conflict", current, conflictRevisionId } as const;
      }
      const patch = change.transition?.(current, input, now) ?? {};
      const target = targetOf(change, current);
      const version = current.version + 1;

      if (target === "working-copy") {
        const values =
          change.content?.kind === "values"
            ? change.content.values
            : input
              ? formValuesOf(
                  resolveArticleInput(tx, input, {
                    articleId: current.id,
                    current,
                    createTags: false,
                  }),
                )
              : null;
        if (!values) throw new Error("A working copy needs values");
        tx.insert(articleWorkingCopies)
          .values({
            articleId: current.id,
            data: values,
            baseVersion: version,
            updatedById: actor.id,
            updatedAt: now,
          })
          .onConflictDoUpdate({
            target: articleWorkingCopies.articleId,
            set: { data: values, baseVersion: version, updatedById: actor.id, updatedAt: now },
          })
          .run();
        tx.update(articles)
          .set({ version, updatedAt: now })
          .where(eq(articles.id, current.id))
          .run();
        const revisionId = change.revisionKind
          ? recordRevision(tx, {
              articleId: current.id,
              version,
              kind: change.revisionKind,
              values,
              actorId: actor.id,
              now,
            })
          : null;
        if (change.audit) {
          recordAudit(tx, {
            actorId: actor.id,
            action: change.audit,
            target: { type: "article", id: current.id },
            details: { title: values.title, version },
            at: now,
          });
        }
        return {
          kind: "done",
          result: {
            articleId: current.id,
            version,
            status: current.status,
            path: current.path,
            savedTo: "working-copy",
            revisionId,
            cacheTags: [],
          } satisfies ArticleWriteResult,
        } as const;
      }

      // Another server may have changed the article since the read phase: plan again, inside.
      const plan =
        peek && current.version === peek.version && current.status === peek.status
          ? peekPlan
          : planFor(tx, change, current, input, patch);
      const before = readArticleCacheState(tx, current, now);
      const resolved = input
        ? resolveArticleInput(tx, input, { articleId: current.id, current, createTags: true })
        : null;
      const status = patch.status ?? current.status;
      const goesLive = status === "published" && current.status !== "published";
      const livePublishedAt = patch.publishedAt ?? current.publishedAt ?? now;
      let breaking = current.breakingUntil;
      if (status !== "published" && current.status === "published") breaking = null;
      else if (resolved) {
        const flag = resolved.input.breaking;
        if (goesLive) breaking = breakingUntil(flag, null, livePublishedAt, now);
        else if (status === "published") breaking = breakingUntil(flag, current.breakingUntil, now);
        // Not live: the flag is kept as a set window, started afresh when the story goes live.
        else breaking = flag ? (current.breakingUntil ?? breakingUntil(true, null, now)) : null;
      } else if (goesLive) {
        breaking = breakingUntil(current.breakingUntil !== null, null, livePublishedAt, now);
      }
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
          breakingUntil: breaking,
          version,
          updatedAt: now,
        })
        .where(eq(articles.id, current.id))
        .run();
      if (resolved) {
        tx.delete(articleTags).where(eq(articleTags.articleId, current.id)).run();
        const tagIds = resolved.tagIds.filter((id): id is number => id !== null);
        if (tagIds.length > 0) {
          tx.insert(articleTags)
            .values(tagIds.map((tagId, position) => ({ articleId: current.id, tagId, position })))
            .run();
        }
        tx.delete(articleAuthors).where(eq(articleAuthors.articleId, current.id)).run();
        tx.insert(articleAuthors)
          .values(
            resolved.input.authorIds.map((userId, position) => ({
              articleId: current.id,
              userId,
              position,
            })),
          )
          .run();
        // The editor's values are now the article; a working copy would be stale.
        tx.delete(articleWorkingCopies).where(eq(articleWorkingCopies.articleId, current.id)).run();
      }
      const path = `/${resolved?.categorySlug ?? current.categorySlug}/${resolved?.slug ?? current.slug}`;
      if (path !== current.path && current.publishedAt !== null)
        addRedirect(tx, current.path, path);
      if (status === "published") tx.delete(redirects).where(eq(redirects.fromPath, path)).run();

      syncPublishedCopies(tx, current.id);
      syncSearchEntry(tx, current.id);
      const relistedIds = plan ? writeRelatedRefresh(tx, plan) : [];

      const after = loadArticleForWrite(tx, current.id);
      const revisionId = change.revisionKind
        ? recordRevision(tx, {
            articleId: current.id,
            version,
            kind: change.revisionKind,
            values: resolved
              ? formValuesOf(resolved)
              : articleValuesFromRow(after, after.tagSlugs, after.authorIds, now),
            actorId: actor.id,
            now,
          })
        : null;
      if (change.audit) {
        recordAudit(tx, {
          actorId: actor.id,
          action: change.audit,
          target: { type: "article", id: current.id },
          details: {
            title: after.title,
            path,
            version,
            ...(status !== current.status ? { from: current.status, to: status } : {}),
            ...(path !== current.path ? { previousPath: current.path } : {}),
          },
          at: now,
        });
      }
      return {
        kind: "done",
        result: {
          articleId: current.id,
          version,
          status,
          path,
          savedTo: "article",
          revisionId,
          cacheTags: articleCacheTags({
            articleId: current.id,
            before,
            after: readArticleCacheState(tx, after, now),
            relistedIds,
          }),
        } satisfies ArticleWriteResult,
      } as const;
    },
    { behavior: "immediate" },
  );

  if (outcome.kind === "conflict") {
    throw new ArticleConflictError(
      outcome.current.id,
      change.baseVersion!,
      outcome.current.version,
      outcome.conflictRevisionId,
    );
  }
  return outcome.result;
}
