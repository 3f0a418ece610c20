import { z } from "zod";
import { isValidSlug } from "@/lib/slugs/is-valid-slug";
import { ARTICLE_FIELD_LIMITS as LIMITS } from "./article-field-limits";
import {
  formBody,
  formBoolean,
  formId,
  formIdList,
  formStringList,
  formText,
  optionalFormId,
} from "./form-coercions";
import { parseNairobiLocalTime } from "./parse-nairobi-local-time";

const emptyToNull = (value: string) => (value === "" ? null : value);

// The editor form, validated for a real save (Save draft, Submit, Publish, Schedule, Update).
// Field names match the form's, so errors can be shown next to their fields. What needs the
// database (the slug is free, the category and authors exist, the hero image has alt text) is
// checked by the mutations.
export const articleInputSchema = z.object({
  title: formText(LIMITS.title)
    .transform((value) => value.trim())
    .refine((value) => value !== "", { message: "Enter a title" }),
  slug: formText(200)
    .transform((value) => value.trim().toLowerCase())
    .refine((value) => value === "" || isValidSlug(value), {
      message: "Use lowercase letters, digits and single hyphens only",
    }),
  standfirst: formText(LIMITS.standfirst).transform((value) => value.trim()),
  body: formBody,
  categoryId: z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    formId.optional().refine((value) => value !== undefined, { message: "Choose a category" }),
  ),
  tags: formStringList
    .transform((list) => {
      const seen = new Set<string>();
      return list
        .map((tag) => tag.trim().replace(/\s+/g, " "))
        .filter((tag) => {
          const key = tag.toLowerCase();
          if (tag === "" || seen.has(key)) return false;
          seen.add(key);
          return true;
        });
    })
    .refine((list) => list.length <= LIMITS.tags, {
      message: `Use at most ${LIMITS.tags} tags`,
    })
    .refine((list) => list.every((tag) => tag.length <= LIMITS.tag), {
      message: `A tag has at most ${LIMITS.tag} characters`,
    }),
  authorIds: formIdList
    .transform((ids) => [...new Set(ids)])
    .refine((ids) => ids.length > 0, { message: "Add at least one author" })
    .refine((ids) => ids.length <= LIMITS.authors, {
      message: `Add at most ${LIMITS.authors} authors`,
    }),
  heroMediaId: optionalFormId,
  heroCaption: formText(LIMITS.heroCaption).transform((value) => emptyToNull(value.trim())),
  seoTitle: formText(LIMITS.seoTitle).transform((value) => emptyToNull(value.trim())),
  seoDescription: formText(LIMITS.seoDescription).transform((value) => emptyToNull(value.trim())),
  featured: formBoolean,
  breaking: formBoolean,
  publishAt: z.preprocess(
    (value) => (value instanceof Date ? value : value === undefined || value === null ? "" : value),
    z.union([
      z.date(),
      z.string().transform((value, ctx) => {
        if (value.trim() === "") return null;
        const date = parseNairobiLocalTime(value);
        if (!date) {
          ctx.addIssue({ code: "custom", message: "Enter a date and time" });
          return z.NEVER;
        }
        return date;
      }),
    ]),
  ),
});

export type ArticleInput = z.output<typeof articleInputSchema>;
