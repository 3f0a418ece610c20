"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { fieldErrorsOf, invalidForm, type FormState } from "@/components/admin/form-state";
import { getDb } from "@/db/client";
import { MAX_PASSWORD_LENGTH, newPasswordSchema } from "@/lib/auth/password-rules";
import { requireStaff } from "@/server/auth/require-staff";
import { setSessionCookie } from "@/server/auth/session-cookie-store";
import { getSessionPolicy } from "@/lib/auth/session-policy";
import { changeOwnPassword } from "@/server/auth/set-password";

const PASSWORDS = ["currentPassword", "newPassword", "confirmPassword"] as const;

const schema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(MAX_PASSWORD_LENGTH),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords differ.",
  });

export async function changePasswordAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const { user } = await requireStaff();
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(formData, fieldErrorsOf(parsed.error), PASSWORDS);
  const result = await changeOwnPassword(getDb(), {
    userId: user.id,
    currentPassword: parsed.data.currentPassword,
    newPassword: parsed.data.newPassword,
    policy: getSessionPolicy(),
    userAgent: (await headers()).get("user-agent"),
  });
  if (!result.ok) return invalidForm(formData, { [result.field]: result.message }, PASSWORDS);
  await setSessionCookie(result.session.token, result.session.expiresAt);
  return {
    status: "success",
    message: "Password changed. You were signed out everywhere else.",
    key: Date.now(),
  };
}
