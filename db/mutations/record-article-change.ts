import type { ArticleFormValues } from "@/lib/articles/article-form-values";
import type { DbExecutor } from "../open-database";
import { ARTICLE_MOVE_STORAGE } from "./article-move-storage";
import type { ArticleChange } from "./commit-article-change";
import { recordAudit } from "./record-audit";
import { recordRevision } from "./record-revision";

// The history of one article change, in its transaction: a revision of the values it stored and
// an audit entry, as the move's storage asks. Returns the revision's id (null: none kept).
export function recordArticleChange(
  tx: DbExecutor,
  change: ArticleChange,
  entry: {
    articleId: number;
    version: number;
    values: ArticleFormValues;
    details: Record<string, unknown>;
  },
): number | null {
  const { revisionKind, audit } = ARTICLE_MOVE_STORAGE[change.move];
  const { actor, now } = change;
  const revisionId = revisionKind
    ? recordRevision(tx, {
        articleId: entry.articleId,
        version: entry.version,
        kind: revisionKind,
        values: entry.values,
        actorId: actor.id,
        now,
      })
    : null;
  if (audit) {
    recordAudit(tx, {
      actorId: actor.id,
      action: audit,
      target: { type: "article", id: entry.articleId },
      details: entry.details,
      at: now,
    });
  }
  return revisionId;
}
