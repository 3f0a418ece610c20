import { z } from "zod";
import { ARTICLE_FIELD_LIMITS } from "./article-field-limits";

// The editor may send typed values (a client component) or strings (a plain form post): these
// read both the same way.

export const formBoolean = z.preprocess((value) => {
  if (value === undefined || value === null || value === "" || value === "false") return false;
  if (value === "on" || value === "true" || value === "1") return true;
  return value;
}, z.boolean());

export const formId = z.preprocess(
  (value) => (typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : value),
  z.number().int().positive(),
);

export const optionalFormId = z.preprocess(
  (value) => (value === "" || value === undefined ? null : value),
  formId.nullable(),
);

export const formIdList = z.preprocess(
  (value) => (typeof value === "string" ? value.split(",").filter((s) => s.trim()) : value),
  z.array(formId),
);

export const formStringList = z.preprocess(
  (value) => (typeof value === "string" ? value.split(",") : value),
  z.array(z.string()),
);

export const formText = (max: number) =>
  z.preprocess(
    (value) => (value === undefined || value === null ? "" : value),
    z.string().max(max),
  );

// A ProseMirror document: an object whose type is "doc". Its content is stored as given and made
// safe when rendered; only the size is bounded here.
export const formBody = z.preprocess(
  (value) => {
    if (typeof value !== "string") return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  },
  z
    .record(z.string(), z.unknown())
    .refine(
      (doc) => doc.type === "doc" && (doc.content === undefined || Array.isArray(doc.content)),
      {
        message: "The body is not an editor document",
      },
    )
    .refine((doc) => JSON.stringify(doc).length <= ARTICLE_FIELD_LIMITS.bodyJson, {
      message: "The body is too long",
    }),
);
