import { ArticleStateError } from "@/lib/articles/article-errors";
import { saveArticleRequestSchema } from "@/lib/articles/article-request-schemas";
import { parseArticleRequest } from "@/lib/articles/parse-article-request";
import type { Actor } from "@/lib/auth/permissions";
import type { GazetiDatabase } from "../open-database";
import { commitArticleChange, type ArticleWriteResult } from "./commit-article-change";

const SUBMITTABLE = ["draft", "in_review", "unpublished"];

// Saves the story and sends it to the editors' review queue (how contributors hand in work).
export function submitArticleForReview(
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
    permission: "submit",
    content: { kind: "input", input: values },
    target: "row",
    transition: (current) => {
      if (!SUBMITTABLE.includes(current.status)) {
        throw new ArticleStateError(articleId, current.status, "submit for review");
      }
      return { status: "in_review" };
    },
    revisionKind: "save",
    audit: "article.submitted",
    now: options.now ?? new Date(),
  });
}
