import { ArticleStateError } from "@/lib/articles/article-errors";
import { saveArticleRequestSchema } from "@/lib/articles/article-request-schemas";
import { parseArticleRequest } from "@/lib/articles/parse-article-request";
import type { Actor } from "@/lib/auth/permissions";
import type { GazetiDatabase } from "../open-database";
import { commitArticleChange, type ArticleWriteResult } from "./commit-article-change";

const PUBLISHABLE = ["draft", "in_review", "scheduled", "unpublished"];

// "Publish": saves the form's values and makes the story live now. A story published before
// (and since unpublished) keeps its first publication time and is marked as updated. A live
// story is changed with updatePublishedArticle instead.
export function publishArticle(
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
      if (!PUBLISHABLE.includes(current.status)) {
        throw new ArticleStateError(articleId, current.status, "publish");
      }
      return {
        status: "published",
        publishedAt: current.publishedAt ?? now,
        modifiedAt: current.publishedAt ? now : null,
        publishAt: null,
      };
    },
    revisionKind: "publish",
    audit: "article.published",
    now: options.now ?? new Date(),
  });
}
