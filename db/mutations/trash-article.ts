import { ArticleStateError } from "@/lib/articles/article-errors";
import { articleMoveRequestSchema } from "@/lib/articles/article-request-schemas";
import { parseArticleRequest } from "@/lib/articles/parse-article-request";
import type { Actor } from "@/lib/auth/permissions";
import type { GazetiDatabase } from "../open-database";
import { commitArticleChange, type ArticleWriteResult } from "./commit-article-change";

// Moves a story to the trash, remembering its status for a restore. A live story leaves every
// public page at once (its address then answers 410).
export function trashArticle(
  db: GazetiDatabase,
  actor: Actor,
  request: unknown,
  options: { now?: Date } = {},
): ArticleWriteResult {
  const { articleId, baseVersion } = parseArticleRequest(articleMoveRequestSchema, request);
  return commitArticleChange(db, {
    actor,
    articleId,
    baseVersion: baseVersion ?? null,
    permission: "trash",
    content: null,
    target: "row",
    transition: (current, _input, now) => {
      if (current.status === "trashed") throw new ArticleStateError(articleId, "trashed", "trash");
      return { status: "trashed", trashedAt: now, statusBeforeTrash: current.status };
    },
    revisionKind: null,
    audit: "article.trashed",
    now: options.now ?? new Date(),
  });
}
