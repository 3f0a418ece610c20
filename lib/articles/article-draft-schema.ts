import { z } from "zod";
import { ARTICLE_FIELD_LIMITS as LIMITS } from "./article-field-limits";
import type { ArticleFormValues } from "./article-form-values";
import {
  formBody,
  formBoolean,
  formIdList,
  formStringList,
  formText,
  optionalFormId,
} from "./form-coercions";

// Autosave keeps whatever the editor holds, half-typed or not: only shapes and sizes are checked,
// so an autosave never fails because a title is still empty.
export const articleDraftSchema = z.object({
  title: formText(LIMITS.title),
  slug: formText(200),
  standfirst: formText(LIMITS.standfirst),
  body: formBody.default({ type: "doc", content: [] }),
  categoryId: optionalFormId.default(null),
  tags: formStringList
    .default([])
    .refine((list) => list.length <= LIMITS.tags * 2 && list.every((t) => t.length <= 200), {
      message: "Too many tags",
    }),
  authorIds: formIdList.default([]).refine((ids) => ids.length <= LIMITS.authors * 2, {
    message: "Too many authors",
  }),
  heroMediaId: optionalFormId.default(null),
  heroCaption: formText(LIMITS.heroCaption),
  seoTitle: formText(LIMITS.seoTitle),
  seoDescription: formText(LIMITS.seoDescription),
  featured: formBoolean,
  breaking: formBoolean,
  publishAt: formText(40),
}) satisfies z.ZodType<ArticleFormValues, unknown>;
