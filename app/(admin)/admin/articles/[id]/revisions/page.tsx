import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { ActionFormClient } from "@/components/admin/action-form-client";
import { RevisionChanges } from "@/app/(admin)/admin/articles/_editor/revision-changes";
import { diffArticleValues } from "@/app/(admin)/admin/articles/_editor/diff-revisions";
import { StatusBadge } from "@/components/admin/status-badge";
import { SubmitButtonClient } from "@/components/admin/submit-button-client";
import { NairobiTime } from "@/components/ui/nairobi-time";
import type { RevisionKind } from "@/db/mutations/record-revision";
import { getArticleForEditor } from "@/db/queries/editor/get-article-for-editor";
import { getArticleRevisions } from "@/db/queries/editor/get-article-revisions";
import { getEditorOptions } from "@/db/queries/editor/get-editor-options";
import { getMediaItems } from "@/db/queries/editor/get-media-item";
import { ArticleNotFoundError } from "@/lib/articles/article-errors";
import { PermissionDeniedError } from "@/lib/auth/assert-can";
import { requireStaff } from "@/server/auth/require-staff";
import { restoreRevisionAction } from "../../actions";

export const metadata: Metadata = { title: "Revisions" };

const KIND_LABELS: Record<RevisionKind, string> = {
  save: "Saved",
  autosave: "Autosaved",
  publish: "Published",
  update: "Updated for readers",
  restore: "Earlier version restored",
  conflict: "Refused save, kept",
};

export default async function RevisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor } = await requireStaff();
  const { id } = await params;
  if (!/^[1-9]\d{0,15}$/.test(id)) notFound();
  let article: ReturnType<typeof getArticleForEditor>;
  let revisions: ReturnType<typeof getArticleRevisions>;
  try {
    article = getArticleForEditor(actor, Number(id));
    revisions = getArticleRevisions(actor, Number(id));
  } catch (error) {
    if (error instanceof ArticleNotFoundError) notFound();
    if (error instanceof PermissionDeniedError) forbidden();
    throw error;
  }

  const options = getEditorOptions(actor, []);
  const imageIds = [
    ...new Set(
      revisions.flatMap((revision) =>
        typeof revision.values.heroMediaId === "number" ? [revision.values.heroMediaId] : [],
      ),
    ),
  ];
  const images = new Map(getMediaItems(actor, imageIds).map((item) => [item.id, item]));
  const names = {
    category: (categoryId: number) =>
      options.categories.find((category) => category.id === categoryId)?.name ??
      `Section ${categoryId}`,
    author: (userId: number) =>
      options.staff.find((member) => member.id === userId)?.name ?? `Staff member ${userId}`,
    image: (mediaId: number) => {
      const image = images.get(mediaId);
      return image ? `${image.alt || "(no alt text)"} (image ${mediaId})` : `Image ${mediaId}`;
    },
  };
  const canRestore = article.allowed.edit && article.status !== "trashed";

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/admin/articles/${article.id}`} className="font-semibold underline">
          ← Back to the editor
        </Link>
      </p>
      <h1 className="text-2xl font-bold break-words">
        Revisions of “{article.values.title || "(untitled)"}”
      </h1>
      <div className="mt-1 mb-4 flex flex-wrap items-center gap-2 text-sm text-muted">
        <StatusBadge status={article.status} />
        <span>
          Restoring a revision puts it back into the editor; nothing is published until someone
          saves, publishes or updates.
        </span>
      </div>
      {revisions.length === 0 ? (
        <p>No revisions yet.</p>
      ) : (
        <ol className="space-y-4">
          {revisions.map((revision, index) => {
            const previous = revisions[index + 1] ?? null;
            const changes = diffArticleValues(previous?.values ?? null, revision.values, names);
            return (
              <li key={revision.id}>
                <article
                  id={`revision-${revision.id}`}
                  aria-labelledby={`revision-${revision.id}-heading`}
                  className="scroll-mt-4 rounded border border-rule bg-paper p-4 target:border-2 target:border-brand"
                >
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    <div className="min-w-0">
                      <h2 id={`revision-${revision.id}-heading`} className="font-bold">
                        {KIND_LABELS[revision.kind]} · version {revision.version}
                      </h2>
                      <p className="text-sm text-muted">
                        {revision.authorName ?? "The scheduler"},{" "}
                        <NairobiTime date={revision.createdAt} />
                      </p>
                      {revision.kind === "conflict" ? (
                        <p className="mt-1 text-sm">
                          Kept from a save that was refused because someone else had saved the story
                          first. Restore it to carry on from this version.
                        </p>
                      ) : null}
                      <p className="mt-1 break-words">{revision.values.title || "(untitled)"}</p>
                    </div>
                    {canRestore ? (
                      <ActionFormClient
                        action={restoreRevisionAction}
                        label={`Restore version ${revision.version} (revision ${revision.id})`}
                      >
                        <input type="hidden" name="articleId" value={article.id} />
                        <input type="hidden" name="baseVersion" value={article.version} />
                        <input type="hidden" name="revisionId" value={revision.id} />
                        <SubmitButtonClient variant="secondary">
                          Restore this version
                        </SubmitButtonClient>
                      </ActionFormClient>
                    ) : null}
                  </div>
                  <details className="mt-3" open={index < 3 || revision.kind === "conflict"}>
                    <summary className="min-h-11 cursor-pointer content-center font-semibold">
                      {changes.length === 0
                        ? "No changes from the previous revision"
                        : `What changed${previous ? "" : " (first version)"}: ${changes
                            .map((change) => change.label)
                            .join(", ")}`}
                    </summary>
                    <RevisionChanges changes={changes} />
                  </details>
                </article>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
