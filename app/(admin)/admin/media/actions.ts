"use server";

import { redirect } from "next/navigation";
import { invalidForm, type FormState } from "@/components/admin/form-state";
import { getDb } from "@/db/client";
import { updateMediaDetails } from "@/db/mutations/update-media-details";
import { ArticleValidationError } from "@/lib/articles/article-errors";
import { PermissionDeniedError } from "@/lib/auth/assert-can";
import { requireStaff } from "@/server/auth/require-staff";
import { refreshPublicCaches } from "@/server/cache/refresh-public-caches";
import type { MediaItem } from "@/lib/media/media-item";
import { refusedForm } from "../action-errors";

function detailsFrom(formData: FormData) {
  return {
    mediaId: formData.get("mediaId"),
    alt: formData.get("alt"),
    caption: formData.get("caption"),
    credit: formData.get("credit"),
  };
}

// The media screen's form: alt text, caption and credit. Live stories showing the image as their
// hero are refreshed.
export async function updateMediaDetailsAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const { actor } = await requireStaff("media:upload");
  let result: ReturnType<typeof updateMediaDetails>;
  try {
    result = updateMediaDetails(getDb(), actor, detailsFrom(formData));
  } catch (error) {
    if (error instanceof ArticleValidationError) {
      const fieldErrors = Object.fromEntries(
        Object.entries(error.fieldErrors).map(([field, messages]) => [field, messages?.[0] ?? ""]),
      );
      if (error.formErrors.length > 0) {
        return { status: "error", message: error.formErrors.join(" "), key: Date.now() };
      }
      return invalidForm(formData, fieldErrors);
    }
    return refusedForm(error, formData);
  }
  await refreshPublicCaches(result.cacheTags, "server-action");
  redirect(`/admin/media/${result.item.id}?saved=1`);
}

export type DescribeMediaResult = { ok: true; item: MediaItem } | { ok: false; message: string };

// The image picker's "Save alt text": the same change, answered as data for the dialog.
export async function describeMediaAction(request: {
  mediaId: number;
  alt: string;
  caption: string | null;
  credit: string | null;
}): Promise<DescribeMediaResult> {
  const { actor } = await requireStaff("media:upload");
  try {
    const result = updateMediaDetails(getDb(), actor, request);
    await refreshPublicCaches(result.cacheTags, "server-action");
    return { ok: true, item: result.item };
  } catch (error) {
    if (error instanceof PermissionDeniedError) {
      return {
        ok: false,
        message: "Only the person who uploaded this image, or an editor, can describe it.",
      };
    }
    if (error instanceof ArticleValidationError) {
      const first = Object.values(error.fieldErrors).find((m) => m?.[0])?.[0];
      return { ok: false, message: first ?? error.formErrors[0] ?? "Not saved." };
    }
    throw error;
  }
}
