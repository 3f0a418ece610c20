"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formValues, type FormState } from "@/components/admin/form-state";
import { getDb } from "@/db/client";
import { clientAddress } from "@/lib/auth/client-address";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { setSessionCookie } from "@/server/auth/session-cookie-store";
import { getSessionPolicy } from "@/lib/auth/session-policy";
import { signIn } from "@/server/auth/sign-in";
import { MAX_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { getConfig } from "@/lib/config";

const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address.").max(254),
  password: z.string().min(1, "Enter your password.").max(MAX_PASSWORD_LENGTH),
});

// The one message for a wrong email, a wrong password, a disabled account or one without a
// password: the form never tells which addresses belong to staff.
const INVALID = "That email and password do not match an account that can sign in.";

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
  });
  const values = formValues(formData, ["password"]);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { status: "error", fieldErrors, values, key: Date.now() };
  }
  const requestHeaders = await headers();
  const result = await signIn(getDb(), {
    email: parsed.data.email,
    password: parsed.data.password,
    address: clientAddress(requestHeaders.get("x-forwarded-for"), getConfig().trustedProxyHops),
    userAgent: requestHeaders.get("user-agent"),
    policy: getSessionPolicy(),
  });
  if (!result.ok) {
    const message =
      result.reason === "throttled"
        ? `Too many failed sign-ins for this account. Try again later (in about ${Math.max(1, Math.ceil(result.retryAfterMs / 60_000))} minute${result.retryAfterMs > 60_000 ? "s" : ""}).`
        : INVALID;
    return { status: "error", message, values, key: Date.now() };
  }
  await setSessionCookie(result.session.token, result.session.expiresAt);
  redirect(safeReturnPath(formData.get("next")));
}
