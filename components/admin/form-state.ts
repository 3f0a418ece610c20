import type { z } from "zod";

// What a newsroom server action returns to its form: a message for the whole form, errors to
// show next to their fields, and the typed values to put back (never passwords).
export type FormState = {
  status?: "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  // Changes on every submission, so the form can re-mount its fields with the values above.
  key?: number;
};

export const initialFormState: FormState = {};

export function formValues(
  formData: FormData,
  omit: readonly string[] = [],
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value === "string" && !omit.includes(name) && !name.startsWith("$ACTION")) {
      values[name] = value;
    }
  }
  return values;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}

export function invalidForm(
  formData: FormData,
  fieldErrors: Record<string, string>,
  omit: readonly string[] = [],
): FormState {
  return {
    status: "error",
    message: "Please correct the highlighted fields.",
    fieldErrors,
    values: formValues(formData, omit),
    key: Date.now(),
  };
}
