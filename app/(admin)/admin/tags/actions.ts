"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { fieldErrorsOf, invalidForm, type FormState } from "@/components/admin/form-state";
import { cacheTags } from "@/lib/cache/cache-tags";
import { getDb } from "@/db/client";
import { mergeTags } from "@/db/mutations/merge-tags";
import { renameTag } from "@/db/mutations/rename-tag";
import type { TagChange } from "@/db/mutations/rename-tag";
import { getTagIdBySlug } from "@/db/queries/admin/get-admin-tags";
import { requireStaff } from "@/server/auth/require-staff";
import { isValidSlug } from "@/lib/slugs/is-valid-slug";
import { refusedForm } from "../action-errors";
import { refreshPublicCaches } from "@/server/cache/refresh-public-caches";

const id = z.coerce.number().int().positive();
const slug = z
  .string()
  .trim()
  .toLowerCase()
  .refine(isValidSlug, "Use lowercase letters, digits and single hyphens.");

// Tag pages, every article page that lists the tag, and the feeds and sitemaps that name it.
async function refreshAfter(change: TagChange): Promise<void> {
  await refreshPublicCaches(
    [
      ...change.slugs.map(cacheTags.tag),
      ...change.articleIds.map(cacheTags.article),
      cacheTags.feeds,
      cacheTags.sitemaps,
    ],
    "server-action",
  );
}

const renameSchema = z.object({
  id,
  name: z.string().trim().min(1, "Enter a name.").max(80, "Use at most 80 characters."),
  slug,
});

export async function renameTagAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { actor } = await requireStaff("taxonomy:manage");
  const parsed = renameSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(formData, fieldErrorsOf(parsed.error));
  const { id: tagId, ...input } = parsed.data;
  let change: TagChange;
  try {
    change = getDb().transaction((tx) => renameTag(tx, actor, tagId, input));
  } catch (error) {
    return refusedForm(error, formData);
  }
  await refreshAfter(change);
  redirect(`/admin/tags/${tagId}?saved=1`);
}

const mergeSchema = z.object({ id, target: slug });

export async function mergeTagAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { actor } = await requireStaff("taxonomy:manage");
  const parsed = mergeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(formData, fieldErrorsOf(parsed.error));
  const targetId = getTagIdBySlug(parsed.data.target);
  if (targetId === null) {
    return invalidForm(formData, { target: "No tag has this slug." });
  }
  let change: TagChange;
  try {
    change = getDb().transaction((tx) => mergeTags(tx, actor, parsed.data.id, targetId));
  } catch (error) {
    return refusedForm(error, formData);
  }
  await refreshAfter(change);
  redirect(`/admin/tags/${targetId}?merged=1`);
}
