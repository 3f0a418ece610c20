import { ArticleStateError } from "@/lib/articles/article-errors";
import { articleMoveRequestSchema } from "@/lib/articles/article-request-schemas";
import { parseArticleRequest } from "@/lib/articles/parse-article-request";
import type { Actor } from "@/lib/auth/permissions";
import type { ArticleStatus } from "../schema";
import type { GazetiDatabase } from "../open-database";
import { commitArticleChange, type ArticleWriteResult } from "./commit-article-change";

// Restoring never puts a story in front of readers by itself: one that was live comes back
// unpublished, a scheduled one as a draft; an editor then publishes it on purpose.
const RESTORED_STATUS: Record<ArticleStatus, ArticleStatus> = {
  draft: "draft",
  in_review: "in_review",
  scheduled: "draft",
  published: "unpublished",
  unpublished: "unpublished",
  trashed: "draft",
};

export function restoreArticle(
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
    permission: "restore",
    content: null,
    target: "row",
    transition: (current) => {
      if (current.status !== "trashed") {
        throw new ArticleStateError(articleId, current.status, "restore");
      }
      return {
        status: RESTORED_STATUS[current.statusBeforeTrash ?? "draft"],
        trashedAt: null,
        statusBeforeTrash: null,
      };
    },
    revisionKind: null,
    audit: "article.restored",
    now: options.now ?? new Date(),
  });
}
