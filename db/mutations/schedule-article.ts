import { ArticleStateError, ArticleValidationError } from "@/lib/articles/article-errors";
import { saveArticleRequestSchema } from "@/lib/articles/article-request-schemas";
import { parseArticleRequest } from "@/lib/articles/parse-article-request";
import type { Actor } from "@/lib/auth/permissions";
import type { GazetiDatabase } from "../open-database";
import { commitArticleChange, type ArticleWriteResult } from "./commit-article-change";

const SCHEDULABLE = ["draft", "in_review", "scheduled", "unpublished"];

// "Schedule": saves the values and sets the story to go live at `publishAt` (entered in
// Africa/Nairobi time, stored in UTC). The scheduler publishes it then (publishDueArticles).
export function scheduleArticle(
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
    transition: (current, input, now) => {
      if (!SCHEDULABLE.includes(current.status)) {
        throw new ArticleStateError(articleId, current.status, "schedule");
      }
      const at = input?.publishAt ?? null;
      if (!at) throw new ArticleValidationError({ publishAt: ["Choose when to publish"] });
      if (at.getTime() <= now.getTime()) {
        throw new ArticleValidationError({ publishAt: ["Choose a time in the future"] });
      }
      return { status: "scheduled", publishAt: at };
    },
    revisionKind: "save",
    audit: "article.scheduled",
    now: options.now ?? new Date(),
  });
}
