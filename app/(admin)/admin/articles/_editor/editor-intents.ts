import {
  ARTICLE_MOVES,
  isMoveOpen,
  type ArticleMoveRule,
  type StaffArticleMove,
} from "@/lib/articles/article-moves";
import type { ArticleStatus } from "@/lib/articles/article-statuses";
import type { ArticleAction } from "@/lib/auth/permissions";

// What the editor's buttons ask for; the name of each submit button's value.
export const EDITOR_INTENTS = [
  "save",
  "preview",
  "submit",
  "publish",
  "schedule",
  "update",
  "unpublish",
  "trash",
] as const;
export type EditorIntent = (typeof EDITOR_INTENTS)[number];

export const INTENT_LABELS: Record<EditorIntent, string> = {
  save: "Save draft",
  preview: "Preview",
  submit: "Submit for review",
  publish: "Publish",
  schedule: "Schedule",
  update: "Update",
  unpublish: "Unpublish",
  trash: "Move to trash",
};

// The workflow move (lib/articles/article-moves.ts) each button makes. Preview saves what the
// form holds to the working copy, as an autosave does, then opens the preview.
export const INTENT_MOVES: Record<EditorIntent, StaffArticleMove> = {
  save: "save",
  preview: "autosave",
  submit: "submit",
  publish: "publish",
  schedule: "schedule",
  update: "update",
  unpublish: "unpublish",
  trash: "trash",
};

// Buttons that act on a stored story: a new one has nothing to take down or throw away yet.
const NEEDS_SAVED_STORY: readonly EditorIntent[] = ["unpublish", "trash"];

// The buttons to show for a story in `status` (null: not saved yet, so a draft) to someone
// allowed what `allowed` says: exactly the moves the table opens to them. Offering a button is a
// courtesy: every move is checked again on the server.
export function editorIntents(
  status: ArticleStatus | null,
  allowed: Record<ArticleAction, boolean>,
): EditorIntent[] {
  return EDITOR_INTENTS.filter((intent) => {
    if (status === null && NEEDS_SAVED_STORY.includes(intent)) return false;
    const move = INTENT_MOVES[intent];
    const { offeredUnless }: ArticleMoveRule = ARTICLE_MOVES[move];
    if (offeredUnless && allowed[offeredUnless]) return false;
    return isMoveOpen(move, status ?? "draft", allowed);
  });
}
