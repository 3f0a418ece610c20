import "server-only";
import { forbidden } from "next/navigation";
import { invalidForm, type FormState } from "@/components/admin/form-state";
import { InputError } from "@/lib/input-error";
import { PermissionDeniedError } from "@/lib/auth/assert-can";

// What a server action does when the data layer refuses: a typed-input problem goes back to the
// form next to its field; a permission problem is a 403, whatever the form looked like.
export function refusedForm(
  error: unknown,
  formData: FormData,
  omit: readonly string[] = [],
): FormState {
  if (error instanceof PermissionDeniedError) forbidden();
  if (error instanceof InputError) {
    return invalidForm(formData, { [error.field]: error.message }, omit);
  }
  throw error;
}
