import { ArticleStateError } from "@/lib/articles/article-errors";
import { autosaveArticleRequestSchema } from "@/lib/articles/article-request-schemas";
import { parseArticleRequest } from "@/lib/articles/parse-article-request";
import type { Actor } from "@/lib/auth/permissions";
import type { GazetiDatabase } from "../open-database";
import { commitArticleChange, type ArticleWriteResult } from "./commit-article-change";

// The editor's periodic save: whatever the form holds, half-typed or not, goes to the working
// copy only. Nothing public changes and no cache is refreshed; a run of autosaves by one person
// folds into one revision. It still carries its base version, so it can never overwrite
// someone else's save.
export function autosaveWorkingCopy(
  db: GazetiDatabase,
  actor: Actor,
  request: unknown,
  options: { now?: Date } = {},
): ArticleWriteResult {
  const { articleId, baseVersion, values } = parseArticleRequest(
    autosaveArticleRequestSchema,
    request,
  );
  return commitArticleChange(db, {
    actor,
    articleId,
    baseVersion,
    permission: "edit",
    content: { kind: "values", values },
    target: "working-copy",
    transition: (current) => {
      if (current.status === "trashed")
        throw new ArticleStateError(articleId, current.status, "edit");
      return {};
    },
    revisionKind: "autosave",
    audit: null,
    now: options.now ?? new Date(),
  });
}
