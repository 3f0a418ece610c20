import type { Metadata } from "next";
import { ArticleEditorClient } from "@/app/(admin)/admin/articles/_editor/article-editor-client";
import { editorIntents } from "@/app/(admin)/admin/articles/_editor/editor-intents";
import { getEditorOptions } from "@/db/queries/editor/get-editor-options";
import { emptyArticleFormValues } from "@/lib/articles/article-form-values";
import { articlePermissions } from "@/lib/auth/permissions";
import { requireStaff } from "@/server/auth/require-staff";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const { actor } = await requireStaff("article:create");
  // What the writer may do with the draft they are about to create (their own).
  const access = { status: "draft" as const, ownerIds: [actor.id] };
  const allowed = articlePermissions(actor, access);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">New article</h1>
      <ArticleEditorClient
        articleId={null}
        version={null}
        status={null}
        intents={editorIntents(null, allowed)}
        values={{ ...emptyArticleFormValues(), authorIds: [actor.id] }}
        slugFollowsTitle
        options={getEditorOptions(actor, [])}
        hero={null}
      />
    </>
  );
}
