import "server-only";
import { desc, eq } from "drizzle-orm";
import type { ArticleFormValues } from "@/lib/articles/article-form-values";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "../../client";
import type { RevisionKind } from "../../mutations/record-revision";
import type { DbExecutor } from "../../open-database";
import { articleRevisions, users } from "../../schema";
import { getArticleForEditor } from "./get-article-for-editor";

export type ArticleRevisionView = {
  id: number;
  version: number;
  kind: RevisionKind;
  createdAt: Date;
  authorName: string | null;
  // The whole snapshot, so the editor can show what changed between any two.
  values: ArticleFormValues;
};

// An article's revisions, newest first (conflict revisions included: nothing refused is lost).
export function getArticleRevisions(
  actor: Actor,
  articleId: number,
  db: DbExecutor = getDb(),
): ArticleRevisionView[] {
  getArticleForEditor(actor, articleId, db);
  return db
    .select({
      id: articleRevisions.id,
      version: articleRevisions.version,
      kind: articleRevisions.kind,
      createdAt: articleRevisions.createdAt,
      authorName: users.name,
      values: articleRevisions.data,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.createdById))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.id))
    .all()
    .map((row) => ({ ...row, values: row.values as ArticleFormValues }));
}
