"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { fieldErrorsOf, invalidForm, type FormState } from "@/components/admin/form-state";
import { cacheTags } from "@/lib/cache/cache-tags";
import { getDb } from "@/db/client";
import { createCategory } from "@/db/mutations/create-category";
import { updateCategory } from "@/db/mutations/update-category";
import type { CategoryChange } from "@/db/mutations/create-category";
import { requireStaff } from "@/server/auth/require-staff";
import { isValidSlug } from "@/lib/slugs/is-valid-slug";
import { refusedForm } from "../action-errors";
import { refreshPublicCaches } from "@/server/cache/refresh-public-caches";

const categorySchema = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(60, "Use at most 60 characters."),
  slug: z.string().trim().refine(isValidSlug, "Use lowercase letters, digits and single hyphens."),
  description: z.string().trim().max(300, "Use at most 300 characters."),
  navOrder: z.coerce
    .number("Enter a whole number.")
    .int("Enter a whole number.")
    .min(0, "Use 0 or more.")
    .max(999, "Use at most 999."),
});

// Every public page shows the section navigation (tag `nav`), so a renamed, moved or reordered
// section refreshes them all; the section's own listing, feeds and sitemaps follow its address.
async function refreshAfter(change: CategoryChange): Promise<void> {
  await refreshPublicCaches(
    [
      cacheTags.nav,
      cacheTags.home,
      cacheTags.category(change.newSlug),
      ...(change.oldSlug && change.oldSlug !== change.newSlug
        ? [cacheTags.category(change.oldSlug), cacheTags.feeds, cacheTags.sitemaps]
        : []),
      ...(change.oldSlug === null ? [cacheTags.sitemaps] : []),
    ],
    "server-action",
  );
}

export async function createCategoryAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const { actor } = await requireStaff("taxonomy:manage");
  const parsed = categorySchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(formData, fieldErrorsOf(parsed.error));
  let change: CategoryChange;
  try {
    change = getDb().transaction((tx) => createCategory(tx, actor, parsed.data));
  } catch (error) {
    return refusedForm(error, formData);
  }
  await refreshAfter(change);
  redirect(`/admin/categories?saved=${change.id}`);
}

const updateSchema = categorySchema.extend({ id: z.coerce.number().int().positive() });

export async function updateCategoryAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const { actor } = await requireStaff("taxonomy:manage");
  const parsed = updateSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(formData, fieldErrorsOf(parsed.error));
  const { id, ...input } = parsed.data;
  let change: CategoryChange;
  try {
    change = getDb().transaction((tx) => updateCategory(tx, actor, id, input));
  } catch (error) {
    return refusedForm(error, formData);
  }
  await refreshAfter(change);
  redirect(`/admin/categories?saved=${change.id}`);
}
