import { ArticleStateError } from "@/lib/articles/article-errors";
import { SCHEDULER } from "@/lib/auth/permissions";
import type { GazetiDatabase } from "../open-database";
import { getDueArticleIds } from "../queries/get-due-article-ids";
import { commitArticleChange } from "./commit-article-change";

export type PublishDueResult = { publishedIds: number[]; cacheTags: string[] };

// The scheduler's step: every scheduled story whose time has come goes live through the same
// path as a manual publish (commitArticleChange, move "publish-due", by the scheduler), exactly
// once even when two servers run it at the same moment. Each story is claimed inside its own
// immediate transaction: SQLite lets one writer in at a time, and the move starts only from
// "scheduled" with its time come, so a second server (or a story an editor moved meanwhile)
// finds nothing to claim and is skipped. Stories missed while the server was down are simply
// due, so the first run after a start catches up.
export function publishDueArticles(
  db: GazetiDatabase,
  options: { now?: Date } = {},
): PublishDueResult {
  const now = options.now ?? new Date();
  const publishedIds: number[] = [];
  const cacheTags = new Set<string>();
  for (const articleId of getDueArticleIds(db, now)) {
    try {
      const result = commitArticleChange(db, {
        actor: SCHEDULER,
        articleId,
        baseVersion: null,
        move: "publish-due",
        content: null,
        now,
      });
      publishedIds.push(articleId);
      for (const tag of result.cacheTags) cacheTags.add(tag);
    } catch (error) {
      // Claimed by another server, or moved by an editor since it was read.
      if (!(error instanceof ArticleStateError)) throw error;
    }
  }
  return { publishedIds, cacheTags: [...cacheTags] };
}
