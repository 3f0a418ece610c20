import type { z } from "zod";
import { ArticleValidationError, type FieldErrors } from "./article-errors";

// Validates a mutation's input, or throws ArticleValidationError with the messages keyed by form
// field ("title", not "values.title"), ready to show next to the fields.
export function parseArticleRequest<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: FieldErrors = {};
  const formErrors: string[] = [];
  for (const issue of parsed.error.issues) {
    const path = issue.path[0] === "values" ? issue.path.slice(1) : issue.path;
    const field = path[0];
    if (field === undefined) formErrors.push(issue.message);
    else (fieldErrors[String(field)] ??= []).push(issue.message);
  }
  throw new ArticleValidationError(fieldErrors, formErrors);
}
