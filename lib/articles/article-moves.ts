import type { ArticleAction } from "@/lib/auth/permissions";
import { ARTICLE_STATUSES, type ArticleStatus } from "./article-statuses";

// The workflow in one table: which states each move starts from, which permission it needs and
// the state it leaves the story in. The article mutations enforce it (db/mutations/
// commit-article-change.ts) and the editor reads it to decide which buttons to show
// (app/(admin)/admin/articles/_editor/editor-intents.ts), so the two cannot disagree.
export type ArticleMoveRule = {
  from: readonly ArticleStatus[];
  permission: ArticleAction;
  // "unchanged", one state, or one per starting state. A restored story's state depends on the
  // one it had before the trash (RESTORED_STATUS).
  to: "unchanged" | "before-trash" | ArticleStatus | Partial<Record<ArticleStatus, ArticleStatus>>;
  // A button for whoever lacks this permission only: sending for review is for those who may
  // not publish themselves (the move itself stays open to them).
  offeredUnless?: ArticleAction;
};

const NOT_TRASHED = ARTICLE_STATUSES.filter((status) => status !== "trashed");
const NOT_LIVE = ["draft", "in_review", "scheduled", "unpublished"] as const;

export const ARTICLE_MOVES = {
  // Saves the editor's values: the row of a story that is not live, the working copy of one that is.
  save: { from: NOT_TRASHED, permission: "edit", to: "unchanged" },
  // Whatever the form holds, to the working copy (also what Preview saves).
  autosave: { from: NOT_TRASHED, permission: "edit", to: "unchanged" },
  // An earlier revision back into the working copy; never published by itself.
  "restore-revision": { from: NOT_TRASHED, permission: "edit", to: "unchanged" },
  submit: {
    from: ["draft", "unpublished"],
    permission: "submit",
    to: "in_review",
    offeredUnless: "publish",
  },
  publish: { from: NOT_LIVE, permission: "publish", to: "published" },
  schedule: { from: NOT_LIVE, permission: "publish", to: "scheduled" },
  update: { from: ["published"], permission: "publish", to: "published" },
  // Takes a live story down, or calls off a scheduled one.
  unpublish: {
    from: ["published", "scheduled"],
    permission: "unpublish",
    to: { published: "unpublished", scheduled: "draft" },
  },
  trash: { from: NOT_TRASHED, permission: "trash", to: "trashed" },
  restore: { from: ["trashed"], permission: "restore", to: "before-trash" },
  // A scheduled story going live at its time, by the scheduler.
  "publish-due": { from: ["scheduled"], permission: "publish-due", to: "published" },
} as const satisfies Record<string, ArticleMoveRule>;

export type ArticleMove = keyof typeof ARTICLE_MOVES;
// The moves staff make by a request (the scheduler makes "publish-due"; restoring a revision
// reads the revision first).
export type StaffArticleMove = Exclude<ArticleMove, "publish-due" | "restore-revision">;
export const ARTICLE_MOVE_NAMES = Object.keys(ARTICLE_MOVES) as ArticleMove[];

// Restoring never puts a story in front of readers by itself: one that was live comes back
// unpublished, a scheduled one as a draft; an editor then publishes it on purpose.
export const RESTORED_STATUS: Record<ArticleStatus, ArticleStatus> = {
  draft: "draft",
  in_review: "in_review",
  scheduled: "draft",
  published: "unpublished",
  unpublished: "unpublished",
  trashed: "draft",
};

// Whether the move may start from this state and whoever `allowed` describes may make it.
export function isMoveOpen(
  move: ArticleMove,
  status: ArticleStatus,
  allowed: Record<ArticleAction, boolean>,
): boolean {
  const rule: ArticleMoveRule = ARTICLE_MOVES[move];
  return rule.from.includes(status) && allowed[rule.permission];
}

// The state a story is in after the move (the move must be open from `current.status`).
export function statusAfterMove(
  move: ArticleMove,
  current: { status: ArticleStatus; statusBeforeTrash: ArticleStatus | null },
): ArticleStatus {
  const { to } = ARTICLE_MOVES[move] as ArticleMoveRule;
  if (to === "unchanged") return current.status;
  if (to === "before-trash") return RESTORED_STATUS[current.statusBeforeTrash ?? "draft"];
  if (typeof to === "string") return to;
  return to[current.status] ?? current.status;
}
