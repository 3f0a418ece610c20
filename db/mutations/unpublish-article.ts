import { ArticleStateError } from "@/lib/articles/article-errors";
import { articleMoveRequestSchema } from "@/lib/articles/article-request-schemas";
import { parseArticleRequest } from "@/lib/articles/parse-article-request";
import type { Actor } from "@/lib/auth/permissions";
import type { GazetiDatabase } from "../open-database";
import { commitArticleChange, type ArticleWriteResult } from "./commit-article-change";

// Takes a live story down (out of listings, search, feeds and sitemaps; its address answers
// 404), or calls off a scheduled one, which goes back to being a draft.
export function unpublishArticle(
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
    permission: "unpublish",
    content: null,
    target: "row",
    transition: (current) => {
      if (current.status === "published") return { status: "unpublished" };
      if (current.status === "scheduled") return { status: "draft" };
      throw new ArticleStateError(articleId, current.status, "unpublish");
    },
    revisionKind: null,
    audit: "article.unpublished",
    now: options.now ?? new Date(),
  });
}
