import { ArticleStateError } from "@/lib/articles/article-errors";
import { saveArticleRequestSchema } from "@/lib/articles/article-request-schemas";
import { parseArticleRequest } from "@/lib/articles/parse-article-request";
import type { Actor } from "@/lib/auth/permissions";
import type { GazetiDatabase } from "../open-database";
import { commitArticleChange, type ArticleWriteResult } from "./commit-article-change";

// "Update": the editor's values (its working copy) become the live story, marked as updated
// now, and the working copy is cleared. A changed address keeps the old one as a redirect.
export function updatePublishedArticle(
  db: GazetiDatabase,
  actor: Actor,
  request: unknown,
  options: { now?: Date } = {},
): ArticleWriteResult {
  const { articleId, baseVersion, values } = parseArticleRequest(saveArticleRequestSchema, request);
  return commitArticleChange(db, {
    actor,
    articleId,
    baseVersion,
    permission: "publish",
    content: { kind: "input", input: values },
    target: "row",
    transition: (current, _input, now) => {
      if (current.status !== "published") {
        throw new ArticleStateError(articleId, current.status, "update");
      }
      return { modifiedAt: now };
    },
    revisionKind: "update",
    audit: "article.updated",
    now: options.now ?? new Date(),
  });
}
