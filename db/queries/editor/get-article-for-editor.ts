import "server-only";
import { eq } from "drizzle-orm";
import type { ArticleFormValues } from "@/lib/articles/article-form-values";
import { articleValuesFromRow } from "@/lib/articles/article-values-from-row";
import { PermissionDeniedError } from "@/lib/auth/assert-can";
import { articlePermissions, canDo, type Actor, type ArticleAction } from "@/lib/auth/permissions";
import { getDb } from "../../client";
import { getArticleForWrite } from "../publishing/get-article-for-write";
import type { DbExecutor } from "../../open-database";
import { articleWorkingCopies, type ArticleStatus } from "../../schema";

export type ArticleForEditor = {
  id: number;
  status: ArticleStatus;
  // Send it back with the next save: a save based on an older version is a conflict.
  version: number;
  // What the form shows: the working copy when there is one (unsaved-to-readers changes of a
  // live story, or autosaved text), else the stored article.
  values: ArticleFormValues;
  source: "working-copy" | "article";
  workingCopyUpdatedAt: Date | null;
  // The live values, to show what an Update would change (null unless published).
  publishedValues: ArticleFormValues | null;
  path: string;
  publishedAt: Date | null;
  publishAt: Date | null;
  modifiedAt: Date | null;
  trashedAt: Date | null;
  // Which buttons the actor may use; the mutations check again.
  allowed: Record<ArticleAction, boolean>;
};

// One article as the editor opens it, for staff who may see it (editors any, others their own).
export function getArticleForEditor(
  actor: Actor,
  articleId: number,
  db: DbExecutor = getDb(),
  now: Date = new Date(),
): ArticleForEditor {
  const article = getArticleForWrite(db, articleId);
  if (!canDo(actor, "article:list-all") && !article.ownerIds.includes(actor.id)) {
    throw new PermissionDeniedError(`open article ${articleId}`);
  }
  const copy = db
    .select()
    .from(articleWorkingCopies)
    .where(eq(articleWorkingCopies.articleId, articleId))
    .get();
  const stored = articleValuesFromRow(article, article.tagSlugs, article.authorIds, now);
  const access = { status: article.status, ownerIds: article.ownerIds };
  return {
    id: article.id,
    status: article.status,
    version: article.version,
    values: copy ? (copy.data as ArticleFormValues) : stored,
    source: copy ? "working-copy" : "article",
    workingCopyUpdatedAt: copy?.updatedAt ?? null,
    publishedValues: article.status === "published" ? stored : null,
    path: article.path,
    publishedAt: article.publishedAt,
    publishAt: article.publishAt,
    modifiedAt: article.modifiedAt,
    trashedAt: article.trashedAt,
    allowed: articlePermissions(actor, access),
  };
}
