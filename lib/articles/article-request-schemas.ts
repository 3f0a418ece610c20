import { z } from "zod";
import { articleDraftSchema } from "./article-draft-schema";
import { articleInputSchema } from "./article-input-schema";
import { formId } from "./form-coercions";

// What each article mutation accepts. `baseVersion` is the version the editor loaded (or got
// back from its last save): a save based on an older one is refused as a conflict.
const target = { articleId: formId, baseVersion: formId };

export const createArticleRequestSchema = z.object({ values: articleInputSchema });
export const saveArticleRequestSchema = z.object({ ...target, values: articleInputSchema });
export const autosaveArticleRequestSchema = z.object({ ...target, values: articleDraftSchema });
export const articleMoveRequestSchema = z.object({
  articleId: formId,
  baseVersion: formId.optional(),
});
export const restoreRevisionRequestSchema = z.object({ ...target, revisionId: formId });

export type CreateArticleRequest = z.input<typeof createArticleRequestSchema>;
export type SaveArticleRequest = z.input<typeof saveArticleRequestSchema>;
export type AutosaveArticleRequest = z.input<typeof autosaveArticleRequestSchema>;
export type ArticleMoveRequest = z.input<typeof articleMoveRequestSchema>;
export type RestoreRevisionRequest = z.input<typeof restoreRevisionRequestSchema>;
