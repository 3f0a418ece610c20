"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { fieldErrorsOf, invalidForm, type FormState } from "@/components/admin/form-state";
import { cacheTags } from "@/lib/cache/cache-tags";
import { getDb } from "@/db/client";
import { createUser } from "@/db/mutations/create-user";
import { updateUserDisabled } from "@/db/mutations/update-user-disabled";
import { updateUserRole } from "@/db/mutations/update-user-role";
import { updateUserProfile } from "@/db/mutations/update-user-profile";
import { ROLES } from "@/lib/auth/roles";
import { hashPassword } from "@/lib/auth/hash-password";
import { newPasswordSchema } from "@/lib/auth/password-rules";
import { requireStaff } from "@/server/auth/require-staff";
import { setPasswordByAdministrator } from "@/server/auth/set-password";
import { isValidSlug } from "@/lib/slugs/is-valid-slug";
import { slugify } from "@/lib/articles/slugify";
import { refusedForm } from "../action-errors";
import { refreshPublicCaches } from "@/server/cache/refresh-public-caches";

const userId = z.coerce.number().int().positive();
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .transform((value) => value || null);
const slugField = z
  .string()
  .trim()
  .refine(isValidSlug, "Use lowercase letters, digits and single hyphens.");

const createSchema = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(120),
  email: z.email("Enter an email address.").max(254),
  role: z.enum(ROLES, "Choose a role."),
  jobTitle: optionalText(120),
  password: z.union([z.literal(""), newPasswordSchema]),
});

export async function createUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { actor } = await requireStaff("users:manage");
  const parsed = createSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(formData, fieldErrorsOf(parsed.error), ["password"]);
  const { password, ...input } = parsed.data;
  const slug = slugify(input.name);
  if (!slug)
    return invalidForm(formData, { name: "Use at least one letter or digit." }, ["password"]);
  const passwordHash = password ? await hashPassword(password) : null;
  let id: number;
  try {
    id = getDb().transaction((tx) => createUser(tx, actor, { ...input, slug, passwordHash }));
  } catch (error) {
    return refusedForm(error, formData, ["password"]);
  }
  redirect(`/admin/users/${id}?created=1`);
}

const roleSchema = z.object({ id: userId, role: z.enum(ROLES, "Choose a role.") });

export async function updateRoleAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { actor } = await requireStaff("users:manage");
  const parsed = roleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(formData, fieldErrorsOf(parsed.error));
  try {
    getDb().transaction((tx) => updateUserRole(tx, actor, parsed.data.id, parsed.data.role));
  } catch (error) {
    return refusedForm(error, formData);
  }
  refresh();
  return { status: "success", message: "Role saved.", key: Date.now() };
}

const disableSchema = z.object({ id: userId, disabled: z.enum(["true", "false"]) });

export async function setDisabledAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { actor } = await requireStaff("users:manage");
  const parsed = disableSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(formData, fieldErrorsOf(parsed.error));
  const disabled = parsed.data.disabled === "true";
  try {
    getDb().transaction((tx) => updateUserDisabled(tx, actor, parsed.data.id, disabled));
  } catch (error) {
    return refusedForm(error, formData);
  }
  refresh();
  return {
    status: "success",
    message: disabled ? "Account disabled; its sessions have ended." : "Account enabled.",
    key: Date.now(),
  };
}

const passwordSchema = z.object({ id: userId, password: newPasswordSchema });

export async function setPasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { actor, sessionId } = await requireStaff("users:manage");
  const parsed = passwordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(formData, fieldErrorsOf(parsed.error), ["password"]);
  let sessionsEnded: number;
  try {
    ({ sessionsEnded } = await setPasswordByAdministrator(getDb(), actor, {
      userId: parsed.data.id,
      password: parsed.data.password,
      keepSessionId: sessionId,
    }));
  } catch (error) {
    return refusedForm(error, formData, ["password"]);
  }
  refresh();
  return {
    status: "success",
    message: `Password set. ${sessionsEnded === 1 ? "1 session" : `${sessionsEnded} sessions`} ended.`,
    key: Date.now(),
  };
}

const profileSchema = z.object({
  id: userId,
  name: z.string().trim().min(1, "Enter a name.").max(120),
  email: z.email("Enter an email address.").max(254),
  slug: slugField,
  jobTitle: optionalText(120),
  bio: optionalText(2000),
});

export async function updateProfileAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const { actor } = await requireStaff("users:manage");
  const parsed = profileSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(formData, fieldErrorsOf(parsed.error));
  const { id, ...profile } = parsed.data;
  let change;
  try {
    change = getDb().transaction((tx) => updateUserProfile(tx, actor, id, profile));
  } catch (error) {
    return refusedForm(error, formData);
  }
  if (change.publicChange) {
    const slugChanged = change.oldSlug !== change.newSlug;
    await refreshPublicCaches(
      [
        cacheTags.author(change.oldSlug),
        cacheTags.author(change.newSlug),
        ...change.bylinedArticleIds.map(cacheTags.article),
        ...(slugChanged || change.bylinedArticleIds.length > 0 ? [cacheTags.feeds] : []),
        ...(slugChanged ? [cacheTags.sitemaps] : []),
      ],
      "server-action",
    );
  }
  refresh();
  return { status: "success", message: "Profile saved.", key: Date.now() };
}
