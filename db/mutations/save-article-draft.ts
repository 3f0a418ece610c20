import { ArticleStateError } from "@/lib/articles/article-errors";
import { saveArticleRequestSchema } from "@/lib/articles/article-request-schemas";
import { parseArticleRequest } from "@/lib/articles/parse-article-request";
import type { Actor } from "@/lib/auth/permissions";
import type { GazetiDatabase } from "../open-database";
import { commitArticleChange, type ArticleWriteResult } from "./commit-article-change";

// "Save draft": a story that is not live is saved in place; a live story's changes go to its
// working copy, and readers see nothing of them until "Update". The status never changes here.
export function saveArticleDraft(
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
    permission: "edit",
    content: { kind: "input", input: values },
    target: "row-unless-published",
    transition: (current) => {
      if (current.status === "trashed")
        throw new ArticleStateError(articleId, current.status, "edit");
      return {};
    },
    revisionKind: "save",
    audit: null,
    now: options.now ?? new Date(),
  });
}
