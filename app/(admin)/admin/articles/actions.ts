"use server";

import { forbidden, notFound, redirect } from "next/navigation";
import { z } from "zod";
import type { FormState } from "@/components/admin/form-state";
import type {
  AutosaveResponse,
  EditorFormState,
} from "@/app/(admin)/admin/articles/_editor/editor-form-state";
import { FIELD_LABELS } from "@/app/(admin)/admin/articles/_editor/diff-revisions";
import {
  INTENT_MOVES,
  type EditorIntent,
} from "@/app/(admin)/admin/articles/_editor/editor-intents";
import { getDb } from "@/db/client";
import type { ArticleWriteResult } from "@/db/mutations/commit-article-change";
import { createArticle } from "@/db/mutations/create-article";
import { moveArticle } from "@/db/mutations/move-article";
import { restoreRevision } from "@/db/mutations/restore-revision";
import { articleDraftSchema } from "@/lib/articles/article-draft-schema";
import {
  ArticleConflictError,
  ArticleNotFoundError,
  ArticleStateError,
  ArticleValidationError,
} from "@/lib/articles/article-errors";
import type { ArticleFormValues } from "@/lib/articles/article-form-values";
import { PermissionDeniedError } from "@/lib/auth/assert-can";
import { getCurrentSession } from "@/server/auth/get-current-session";
import type { Actor } from "@/lib/auth/permissions";
import { requireStaff } from "@/server/auth/require-staff";
import { refreshPublicCaches } from "@/server/cache/refresh-public-caches";
import {
  articleValuesFromFormData,
  intentFromFormData,
  optionalIdFromFormData,
} from "./article-form-data";

// The editor's actions. Each checks the session itself and hands the request to the article
// mutations, which check the role and the story's state again and validate everything; public
// pages are refreshed only after a change has committed, and only the ones it affected.

// The editor's save and autosave do not send a signed-out editor to the sign-in page (that would
// throw away what is on the screen): they answer that nothing was saved, and the page keeps it.
async function signedInActor(): Promise<Actor | null> {
  const session = await getCurrentSession();
  return session ? { id: session.user.id, role: session.user.role } : null;
}

const SIGNED_OUT =
  "You have been signed out, so nothing was saved. Sign in again in another tab (this page keeps your text), then save again.";

// Where each button leads once its change is saved; the editor shows a message for each.
const DONE: Record<EditorIntent, string> = {
  save: "saved",
  preview: "saved",
  submit: "submitted",
  publish: "published",
  schedule: "scheduled",
  update: "updated",
  unpublish: "unpublished",
  trash: "trashed",
};

const CREATING: readonly EditorIntent[] = ["save", "preview", "submit", "publish", "schedule"];

function runIntent(
  actor: Actor,
  intent: EditorIntent,
  articleId: number,
  baseVersion: number | null,
  values: Record<string, unknown>,
): ArticleWriteResult {
  const move = INTENT_MOVES[intent];
  // Unpublish and trash carry no values: the story moves as it is stored.
  const request =
    move === "unpublish" || move === "trash"
      ? { articleId, baseVersion: baseVersion ?? undefined }
      : { articleId, baseVersion, values };
  return moveArticle(getDb(), actor, move, request);
}

function draftValues(raw: Record<string, unknown>): ArticleFormValues | undefined {
  const parsed = articleDraftSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

// The refusals the mutations throw, as the editor shows them. A request outside the actor's
// role is a 403 and a missing story a 404, whatever the form looked like.
function refusedEditorForm(
  error: unknown,
  values: Record<string, unknown>,
  created: EditorFormState["created"],
): EditorFormState {
  if (error instanceof PermissionDeniedError) forbidden();
  if (error instanceof ArticleNotFoundError) notFound();
  const base = { status: "error" as const, values: draftValues(values), created, key: Date.now() };
  if (error instanceof ArticleValidationError) {
    const fieldErrors: Record<string, string> = {};
    const general = [...error.formErrors];
    for (const [field, messages] of Object.entries(error.fieldErrors)) {
      if (!messages?.[0]) continue;
      // Errors about something the form has no field for (a tampered id) are said at the top.
      if (field in FIELD_LABELS) fieldErrors[field] = messages[0];
      else general.push(messages[0]);
    }
    return {
      ...base,
      message:
        general.length > 0
          ? `Nothing was saved: ${general.join(" ")}`
          : "Nothing was saved: please correct the fields marked below.",
      fieldErrors,
    };
  }
  if (error instanceof ArticleConflictError) {
    return {
      ...base,
      message:
        error.conflictRevisionId === null
          ? "Someone else saved this story since you opened it, so nothing was changed. Open the latest version to see theirs."
          : "Someone else saved this story while you were editing it, so your changes were not saved over theirs. Nothing is lost: your version is kept as a revision.",
      conflict: {
        revisionId: error.conflictRevisionId,
        yourVersion: error.baseVersion,
        currentVersion: error.currentVersion,
      },
    };
  }
  if (error instanceof ArticleStateError) {
    return { ...base, message: `${error.message}. Reload the page to see where the story is now.` };
  }
  throw error;
}

export async function saveArticleAction(
  _state: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const values = articleValuesFromFormData(formData);
  const actor = await signedInActor();
  if (!actor) {
    return {
      status: "error",
      signedOut: true,
      message: SIGNED_OUT,
      values: draftValues(values),
      key: Date.now(),
    };
  }
  const intent = intentFromFormData(formData);
  let articleId = optionalIdFromFormData(formData, "articleId");
  let baseVersion = optionalIdFromFormData(formData, "baseVersion");
  let created: EditorFormState["created"];
  let result: ArticleWriteResult;
  try {
    if (articleId === null) {
      if (!CREATING.includes(intent)) {
        return { status: "error", message: "Save the story first.", key: Date.now() };
      }
      const first = createArticle(getDb(), actor, { values });
      created = { articleId: first.articleId, version: first.version };
      articleId = first.articleId;
      baseVersion = first.version;
      result =
        intent === "save" || intent === "preview"
          ? first
          : runIntent(actor, intent, articleId, baseVersion, values);
    } else {
      result = runIntent(actor, intent, articleId, baseVersion, values);
    }
  } catch (error) {
    return refusedEditorForm(error, values, created);
  }
  await refreshPublicCaches(result.cacheTags, "server-action");
  if (intent === "preview") redirect(`/admin/preview/${result.articleId}`);
  redirect(`/admin/articles/${result.articleId}?done=${DONE[intent]}`);
}

const autosaveRequest = z.object({
  articleId: z.number().int().positive().nullable(),
  baseVersion: z.number().int().positive().nullable(),
  values: z.record(z.string(), z.unknown()),
});

// The editor's periodic save, to the working copy only: it refreshes no public page. A story
// not saved yet is created by its first autosave, once it has what a story needs.
export async function autosaveArticleAction(request: unknown): Promise<AutosaveResponse> {
  const actor = await signedInActor();
  if (!actor) return { kind: "signed-out" };
  const parsed = autosaveRequest.safeParse(request);
  if (!parsed.success) return { kind: "refused", message: "The autosave request was malformed." };
  const { articleId, baseVersion, values } = parsed.data;
  try {
    const result =
      articleId === null
        ? createArticle(getDb(), actor, { values })
        : moveArticle(getDb(), actor, "autosave", { articleId, baseVersion, values });
    return {
      kind: "saved",
      articleId: result.articleId,
      version: result.version,
      savedAt: new Date().toISOString(),
    };
  } catch (error) {
    if (error instanceof ArticleConflictError) {
      return {
        kind: "conflict",
        message:
          "Someone else saved this story while you were editing it, so autosave has stopped. Nothing is lost: your version is kept as a revision.",
        revisionId: error.conflictRevisionId,
        currentVersion: error.currentVersion,
      };
    }
    if (error instanceof ArticleValidationError) {
      const first = Object.values(error.fieldErrors).find((messages) => messages?.[0])?.[0];
      return { kind: "blocked", message: first ?? error.formErrors[0] ?? "Not saved yet." };
    }
    if (error instanceof PermissionDeniedError) {
      return { kind: "refused", message: "You may not edit this story." };
    }
    if (error instanceof ArticleStateError || error instanceof ArticleNotFoundError) {
      return { kind: "refused", message: `${error.message}.` };
    }
    throw error;
  }
}

const moveSchema = z.object({
  articleId: z.coerce.number().int().positive(),
  baseVersion: z.coerce.number().int().positive().optional(),
});

function refusedMove(error: unknown): FormState {
  if (error instanceof PermissionDeniedError) forbidden();
  if (error instanceof ArticleNotFoundError) notFound();
  if (error instanceof ArticleStateError || error instanceof ArticleConflictError) {
    return { status: "error", message: `${error.message}`, key: Date.now() };
  }
  if (error instanceof ArticleValidationError) {
    return { status: "error", message: error.message, key: Date.now() };
  }
  throw error;
}

// Brings a story back from the trash (never straight to readers: RESTORED_STATUS in
// lib/articles/article-moves.ts).
export async function restoreArticleAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const { actor } = await requireStaff();
  const parsed = moveSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "Unknown story.", key: Date.now() };
  let result: ArticleWriteResult;
  try {
    result = moveArticle(getDb(), actor, "restore", parsed.data);
  } catch (error) {
    return refusedMove(error);
  }
  await refreshPublicCaches(result.cacheTags, "server-action");
  redirect(`/admin/articles/${result.articleId}?done=restored`);
}

const revisionSchema = z.object({
  articleId: z.coerce.number().int().positive(),
  baseVersion: z.coerce.number().int().positive(),
  revisionId: z.coerce.number().int().positive(),
});

// Puts a revision back into the editor (the working copy). Nothing public changes until someone
// saves, publishes or updates.
export async function restoreRevisionAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const { actor } = await requireStaff();
  const parsed = revisionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "Unknown revision.", key: Date.now() };
  try {
    restoreRevision(getDb(), actor, parsed.data);
  } catch (error) {
    if (error instanceof ArticleConflictError) {
      return {
        status: "error",
        message:
          "The story changed since this page was opened, so nothing was restored. Reload the page and try again.",
        key: Date.now(),
      };
    }
    return refusedMove(error);
  }
  redirect(`/admin/articles/${parsed.data.articleId}?done=revision-restored`);
}
