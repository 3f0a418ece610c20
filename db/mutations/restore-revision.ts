import { and, eq } from "drizzle-orm";
import { articleDraftSchema } from "@/lib/articles/article-draft-schema";
import { ArticleNotFoundError, ArticleValidationError } from "@/lib/articles/article-errors";
import { restoreRevisionRequestSchema } from "@/lib/articles/article-request-schemas";
import { parseArticleRequest } from "@/lib/articles/parse-article-request";
import type { Actor } from "@/lib/auth/permissions";
import type { GazetiDatabase } from "../open-database";
import { articleRevisions } from "../schema";
import { commitArticleChange, type ArticleWriteResult } from "./commit-article-change";

// Puts an earlier revision (a conflict revision too) back into the editor's working copy. It
// never publishes anything: the editor reviews it, then saves, publishes or updates as usual.
export function restoreRevision(
  db: GazetiDatabase,
  actor: Actor,
  request: unknown,
  options: { now?: Date } = {},
): ArticleWriteResult {
  const { articleId, baseVersion, revisionId } = parseArticleRequest(
    restoreRevisionRequestSchema,
    request,
  );
  const revision = db
    .select({ data: articleRevisions.data, version: articleRevisions.version })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)))
    .get();
  if (!revision) throw new ArticleNotFoundError(articleId);
  const values = articleDraftSchema.safeParse(revision.data);
  if (!values.success) {
    throw new ArticleValidationError({}, ["That revision can no longer be read"]);
  }
  return commitArticleChange(db, {
    actor,
    articleId,
    baseVersion,
    move: "restore-revision",
    content: { kind: "values", values: values.data },
    now: options.now ?? new Date(),
  });
}
