import { ArticleStateError, ArticleValidationError } from "./article-errors";
import { ARTICLE_MOVES, statusAfterMove, type ArticleMove } from "./article-moves";
import type { ArticleStatus } from "./article-statuses";

export type StatusPatch = {
  status?: ArticleStatus;
  publishAt?: Date | null;
  publishedAt?: Date | null;
  modifiedAt?: Date | null;
  trashedAt?: Date | null;
  statusBeforeTrash?: ArticleStatus | null;
};

export type MoveSubject = {
  id: number;
  status: ArticleStatus;
  statusBeforeTrash: ArticleStatus | null;
  publishAt: Date | null;
  publishedAt: Date | null;
};

// The status fields a move writes, or a typed refusal when the story's state does not allow it.
// Going live is one rule however it happens (Publish, or the scheduler at the story's time): a
// story published before keeps its first publication time and is marked as updated now.
export function moveStatusPatch(
  move: ArticleMove,
  current: MoveSubject,
  input: { publishAt: Date | null } | null,
  now: Date,
): StatusPatch {
  const from: readonly ArticleStatus[] = ARTICLE_MOVES[move].from;
  if (!from.includes(current.status)) {
    throw new ArticleStateError(current.id, current.status, move.replace("-", " "));
  }
  const status = statusAfterMove(move, current);
  switch (move) {
    case "save":
    case "autosave":
    case "restore-revision":
    case "submit":
    case "unpublish":
      return status === current.status ? {} : { status };
    case "publish-due":
      // Moved later (or called off) since the scheduler looked: not due any more.
      if (current.publishAt === null || current.publishAt.getTime() > now.getTime()) {
        throw new ArticleStateError(current.id, "not due yet", "publish");
      }
      return goLive(current, now);
    case "publish":
      return goLive(current, now);
    case "schedule": {
      const at = input?.publishAt ?? null;
      if (!at) throw new ArticleValidationError({ publishAt: ["Choose when to publish"] });
      if (at.getTime() <= now.getTime()) {
        throw new ArticleValidationError({ publishAt: ["Choose a time in the future"] });
      }
      return { status, publishAt: at };
    }
    case "update":
      return { modifiedAt: now };
    case "trash":
      return { status, trashedAt: now, statusBeforeTrash: current.status };
    case "restore":
      return { status, trashedAt: null, statusBeforeTrash: null };
  }
}

function goLive(current: MoveSubject, now: Date): StatusPatch {
  return {
    status: "published",
    publishedAt: current.publishedAt ?? now,
    modifiedAt: current.publishedAt ? now : null,
    publishAt: null,
  };
}
