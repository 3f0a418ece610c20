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

// The statuses each workflow move starts from (as the mutations in db/mutations enforce).
const FROM: Partial<Record<EditorIntent, readonly ArticleStatus[]>> = {
  save: ["draft", "in_review", "scheduled", "published", "unpublished"],
  preview: ["draft", "in_review", "scheduled", "published", "unpublished"],
  submit: ["draft", "unpublished"],
  publish: ["draft", "in_review", "scheduled", "unpublished"],
  schedule: ["draft", "in_review", "scheduled", "unpublished"],
  update: ["published"],
  unpublish: ["published", "scheduled"],
  trash: ["draft", "in_review", "scheduled", "published", "unpublished"],
};

const PERMISSION: Record<EditorIntent, ArticleAction> = {
  save: "edit",
  preview: "edit",
  submit: "submit",
  publish: "publish",
  schedule: "publish",
  update: "publish",
  unpublish: "unpublish",
  trash: "trash",
};

// The buttons to show for a story in `status` (null: not saved yet) to someone allowed what
// `allowed` says. Offering a button is a courtesy: every action checks again on the server.
export function editorIntents(
  status: ArticleStatus | null,
  allowed: Record<ArticleAction, boolean>,
): EditorIntent[] {
  const current = status ?? "draft";
  return EDITOR_INTENTS.filter((intent) => {
    if (status === null && (intent === "unpublish" || intent === "trash")) return false;
    if (!FROM[intent]?.includes(current) || !allowed[PERMISSION[intent]]) return false;
    // Whoever may publish does so; sending for review is for those who may not.
    if (intent === "submit") return !allowed.publish;
    return true;
  });
}
