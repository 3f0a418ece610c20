import type { ArticleFormValues } from "@/lib/articles/article-form-values";
import type { ArticleInput } from "@/lib/articles/article-input-schema";
import { ArticleConflictError } from "@/lib/articles/article-errors";
import { ARTICLE_MOVES, type ArticleMove } from "@/lib/articles/article-moves";
import { moveStatusPatch } from "@/lib/articles/move-status-patch";
import { toNairobiLocalTime } from "@/lib/articles/to-nairobi-local-time";
import type { Actor, SystemActor } from "@/lib/auth/permissions";
import type { ArticleStatus } from "@/lib/articles/article-statuses";
import type { GazetiDatabase } from "../open-database";
import {
  getArticleForWrite,
  type ArticleForWrite,
} from "../queries/publishing/get-article-for-write";
import { getRelatedPlanForChange } from "../queries/related/get-related-plan-for-change";
import type { RelatedRefresh } from "../queries/related/get-related-refresh-plan";
import { ARTICLE_MOVE_STORAGE } from "./article-move-storage";
import { assertCanDoToArticle } from "./assert-can-do-to-article";
import { recordRevision } from "./record-revision";
import { writeArticleRow } from "./write-article-row";
import { writeWorkingCopy } from "./write-working-copy";

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

export type ArticleChange = {
  // A member of staff, or the scheduler.
  actor: Actor | SystemActor;
  articleId: number;
  // The version the editor's values were based on; null for moves that carry no values.
  baseVersion: number | null;
  // One of the workflow's moves (lib/articles/article-moves.ts): its from-states and permission
  // are checked here, its storage (db/mutations/article-move-storage.ts) decides what is written.
  move: ArticleMove;
  // Validated form values to store, or values kept as they are (autosave, restored revisions:
  // always to the working copy), or nothing (a status move).
  content:
    { kind: "input"; input: ArticleInput } | { kind: "values"; values: ArticleFormValues } | null;
  now: Date;
};

function changeTarget(change: ArticleChange, status: ArticleStatus): "row" | "working-copy" {
  const { target } = ARTICLE_MOVE_STORAGE[change.move];
  if (target === "row-unless-published") return status === "published" ? "working-copy" : "row";
  return target;
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

function relatedPlan(
  db: Parameters<typeof getRelatedPlanForChange>[0],
  change: ArticleChange,
  current: ArticleForWrite,
): RelatedRefresh | null {
  const input = change.content?.kind === "input" ? change.content.input : null;
  const patch = moveStatusPatch(change.move, current, input, change.now);
  return getRelatedPlanForChange(db, current, input, patch, change.now);
}

// The one path every article change takes, whoever makes it (an editor's button, an autosave,
// the scheduler): check the role and the move, read what the related lists will be before taking
// the write lock, then in one transaction check the version (a stale save is refused and kept as a
// "conflict" revision) and write either the working copy or the article row with everything that
// follows from it (write-article-row.ts).
export function commitArticleChange(db: GazetiDatabase, change: ArticleChange): ArticleWriteResult {
  const { actor, now } = change;
  const { permission } = ARTICLE_MOVES[change.move];
  const input = change.content?.kind === "input" ? change.content.input : null;

  // The read phase serves only the related lists of a change to the row: a change that always
  // goes to the working copy (autosave, every few seconds per open editor) skips it.
  let peek: ArticleForWrite | null = null;
  let peekPlan: RelatedRefresh | null = null;
  if (ARTICLE_MOVE_STORAGE[change.move].target !== "working-copy") {
    peek = getArticleForWrite(db, change.articleId);
    assertCanDoToArticle(actor, permission, peek);
    if (changeTarget(change, peek.status) === "row") peekPlan = relatedPlan(db, change, peek);
  }

  const outcome = db.transaction(
    (tx) => {
      const current = getArticleForWrite(tx, change.articleId);
      assertCanDoToArticle(actor, permission, current);
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
      const patch = moveStatusPatch(change.move, current, input, now);
      if (changeTarget(change, current.status) === "working-copy") {
        return { kind: "done", result: writeWorkingCopy(tx, change, current) } as const;
      }
      // Another server may have changed the article since the read phase: plan again, inside.
      const plan =
        peek && current.version === peek.version && current.status === peek.status
          ? peekPlan
          : relatedPlan(tx, change, current);
      return { kind: "done", result: writeArticleRow(tx, change, current, patch, plan) } as const;
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
