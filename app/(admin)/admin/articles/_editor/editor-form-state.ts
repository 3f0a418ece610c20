import type { ArticleFormValues } from "@/lib/articles/article-form-values";

// What the editor's save action answers when it does not move on to another page.
export type EditorFormState = {
  status?: "error";
  message?: string;
  // Shown next to their fields, keyed by field name.
  fieldErrors?: Record<string, string>;
  // Someone saved the story first: these values were not applied but kept as a revision.
  conflict?: { revisionId: number | null; yourVersion: number; currentVersion: number };
  signedOut?: boolean;
  // A new story was created before a later step (publishing, say) was refused: the form now
  // edits that story, so a second try does not create another.
  created?: { articleId: number; version: number };
  // What was submitted, for the page as rendered without JavaScript.
  values?: ArticleFormValues;
  key?: number;
};

export type AutosaveResponse =
  | { kind: "saved"; articleId: number; version: number; savedAt: string }
  | { kind: "conflict"; message: string; revisionId: number | null; currentVersion: number }
  // Cannot be saved yet (a new story needs a title, a section and a byline first).
  | { kind: "blocked"; message: string }
  | { kind: "refused"; message: string }
  | { kind: "signed-out" };
