import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { ActionFormClient } from "@/components/admin/action-form-client";
import { ArticleEditorClient } from "@/app/(admin)/admin/articles/_editor/article-editor-client";
import { editorIntents } from "@/app/(admin)/admin/articles/_editor/editor-intents";
import { StatusBadge } from "@/components/admin/status-badge";
import { SubmitButtonClient } from "@/components/admin/submit-button-client";
import { NairobiTime } from "@/components/ui/nairobi-time";
import {
  getArticleForEditor,
  type ArticleForEditor,
} from "@/db/queries/editor/get-article-for-editor";
import { getEditorOptions } from "@/db/queries/editor/get-editor-options";
import { getMediaItems } from "@/db/queries/editor/get-media-item";
import { ArticleNotFoundError } from "@/lib/articles/article-errors";
import { slugify } from "@/lib/articles/slugify";
import { PermissionDeniedError } from "@/lib/auth/assert-can";
import { requireStaff } from "@/server/auth/require-staff";
import { restoreArticleAction } from "../actions";
import { doneMessage } from "../editor-notices";

export const metadata: Metadata = { title: "Edit article" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string | string[] }>;
};

function loadArticle(actor: Parameters<typeof getArticleForEditor>[0], id: string) {
  if (!/^[1-9]\d{0,15}$/.test(id)) notFound();
  try {
    return getArticleForEditor(actor, Number(id));
  } catch (error) {
    if (error instanceof ArticleNotFoundError) notFound();
    if (error instanceof PermissionDeniedError) forbidden();
    throw error;
  }
}

function Timeline({ article }: { article: ArticleForEditor }) {
  return (
    <p className="text-sm text-muted">
      {article.status === "scheduled" && article.publishAt ? (
        <>
          Goes live <NairobiTime date={article.publishAt} />.{" "}
        </>
      ) : null}
      {article.publishedAt ? (
        <>
          First published <NairobiTime date={article.publishedAt} />.{" "}
        </>
      ) : null}
      {article.modifiedAt ? (
        <>
          Updated <NairobiTime date={article.modifiedAt} />.{" "}
        </>
      ) : null}
      {article.trashedAt ? (
        <>
          Moved to the trash <NairobiTime date={article.trashedAt} />.
        </>
      ) : null}
    </p>
  );
}

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { actor } = await requireStaff();
  const article = loadArticle(actor, (await params).id);
  const { done } = await searchParams;
  const notice = doneMessage(Array.isArray(done) ? done[0] : done, article.status);
  const intents = editorIntents(article.status, article.allowed);
  const { values } = article;
  const heroId = values.heroMediaId;
  const hero = heroId === null ? null : (getMediaItems(actor, [heroId])[0] ?? null);

  return (
    <>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold break-words">Edit article</h1>
          <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
            <StatusBadge status={article.status} />
            <Timeline article={article} />
          </div>
        </div>
        <nav aria-label="This article" className="flex flex-wrap gap-x-4 text-sm font-semibold">
          {article.status === "published" ? (
            <Link href={article.path} className="inline-flex min-h-11 items-center underline">
              View live story
            </Link>
          ) : null}
          <Link
            href={`/admin/articles/${article.id}/revisions`}
            className="inline-flex min-h-11 items-center underline"
          >
            Revisions
          </Link>
        </nav>
      </div>

      {notice ? (
        <p
          role="status"
          className="mb-4 rounded border border-rule bg-paper px-3 py-2 font-semibold"
        >
          {notice}
        </p>
      ) : null}

      {article.status === "trashed" ? (
        <section className="rounded border border-rule bg-paper p-4">
          <h2 className="text-lg font-bold">This story is in the trash</h2>
          <p className="mt-1">{values.title}</p>
          {article.allowed.restore ? (
            <ActionFormClient action={restoreArticleAction} label="Restore" className="mt-3">
              <input type="hidden" name="articleId" value={article.id} />
              <SubmitButtonClient>Restore from the trash</SubmitButtonClient>
            </ActionFormClient>
          ) : null}
        </section>
      ) : intents.length === 0 ? (
        <section className="rounded border border-rule bg-paper p-4">
          <h2 className="text-lg font-bold">{values.title || "(untitled)"}</h2>
          <p className="mt-1">
            Your role cannot change this story while it is {article.status.replace("_", " ")}. An
            editor can.
          </p>
        </section>
      ) : (
        <>
          {article.source === "working-copy" ? (
            <p role="note" className="mb-4 rounded border border-rule bg-wash px-3 py-2 text-sm">
              {article.status === "published"
                ? "You are editing a working copy: readers see the published version until you press Update."
                : "Showing the latest autosaved version."}
              {article.workingCopyUpdatedAt ? (
                <>
                  {" "}
                  Last saved <NairobiTime date={article.workingCopyUpdatedAt} />.
                </>
              ) : null}
            </p>
          ) : null}
          <ArticleEditorClient
            key={`${article.id}-${article.version}`}
            articleId={article.id}
            version={article.version}
            status={article.status}
            intents={intents}
            values={values}
            slugFollowsTitle={
              article.publishedAt === null &&
              (values.slug === "" || values.slug === slugify(values.title))
            }
            options={getEditorOptions(actor, values.tags)}
            hero={hero}
          />
        </>
      )}
    </>
  );
}
