import type { Metadata } from "next";
import Link from "next/link";
import { ActionFormClient } from "@/components/admin/action-form-client";
import { StatusBadge } from "@/components/admin/status-badge";
import { SubmitButtonClient } from "@/components/admin/submit-button-client";
import { NairobiTime } from "@/components/ui/nairobi-time";
import type { AdminArticleRow } from "@/db/queries/admin/admin-view-types";
import { getAdminArticles } from "@/db/queries/editor/get-admin-articles";
import { ARTICLE_STATUSES } from "@/lib/articles/article-statuses";
import { canDo } from "@/lib/auth/permissions";
import { requireStaff } from "@/server/auth/require-staff";
import { parsePageNumber } from "@/lib/pagination";
import { restoreArticleAction } from "./actions";

export const metadata: Metadata = { title: "Articles" };

const STATUS_OPTIONS: { value: string; label: string }[] = [
  { value: "", label: "All but the trash" },
  { value: "draft", label: "Drafts" },
  { value: "in_review", label: "In review" },
  { value: "scheduled", label: "Scheduled" },
  { value: "published", label: "Published" },
  { value: "unpublished", label: "Unpublished" },
  { value: "trashed", label: "Trash" },
];

type SearchParams = { status?: string; mine?: string; q?: string; p?: string };

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

function when(row: AdminArticleRow) {
  if (row.status === "scheduled" && row.publishAt)
    return { label: "Goes live", date: row.publishAt };
  if (row.status === "published" && row.publishedAt) {
    return { label: "Published", date: row.publishedAt };
  }
  return { label: "Changed", date: row.updatedAt };
}

export default async function ArticlesPage({
  searchParams,
}: {
  searchParams: Promise<Record<keyof SearchParams, string | string[] | undefined>>;
}) {
  const { actor } = await requireStaff();
  const params = await searchParams;
  const statusParam = first(params.status);
  const status = ARTICLE_STATUSES.find((s) => s === statusParam) ?? null;
  const mine = first(params.mine) === "1";
  const query = first(params.q).slice(0, 100);
  const page = parsePageNumber(first(params.p) || "1") ?? 1;
  const list = getAdminArticles(actor, { status, mine, query, page });
  const trash = status === "trashed";
  const link = (p: number) =>
    `/admin/articles?${new URLSearchParams({
      ...(status ? { status } : {}),
      ...(mine ? { mine: "1" } : {}),
      ...(query ? { q: query } : {}),
      p: String(p),
    })}`;
  const heading = `${STATUS_OPTIONS.find((o) => o.value === (status ?? ""))?.label ?? "Articles"}${
    list.showsEveryone && !mine ? "" : " (yours)"
  }`;

  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Articles</h1>
        {canDo(actor, "article:create") ? (
          <Link
            href="/admin/articles/new"
            className="inline-flex min-h-11 items-center rounded bg-brand px-4 py-2 font-semibold text-paper hover:bg-brand-dark"
          >
            New article
          </Link>
        ) : null}
      </div>

      <form
        method="get"
        action="/admin/articles"
        role="search"
        aria-label="Filter articles"
        className="mb-4 flex flex-wrap items-end gap-3 rounded border border-rule bg-paper p-3"
      >
        <div>
          <label htmlFor="article-status" className="block text-sm font-semibold">
            Status
          </label>
          <select
            id="article-status"
            name="status"
            defaultValue={status ?? ""}
            className="mt-1 min-h-11 rounded border border-rule bg-paper px-3"
          >
            {STATUS_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-48 flex-1">
          <label htmlFor="article-query" className="block text-sm font-semibold">
            Title contains
          </label>
          <input
            id="article-query"
            name="q"
            type="search"
            defaultValue={query}
            className="mt-1 min-h-11 w-full rounded border border-rule bg-paper px-3"
          />
        </div>
        {list.showsEveryone ? (
          <label className="flex min-h-11 items-center gap-2 text-sm font-semibold">
            <input
              type="checkbox"
              name="mine"
              value="1"
              defaultChecked={mine}
              className="h-5 w-5"
            />
            Only mine
          </label>
        ) : null}
        <button
          type="submit"
          className="min-h-11 rounded border border-rule bg-paper px-4 font-semibold hover:bg-wash"
        >
          Filter
        </button>
      </form>

      <section aria-labelledby="articles-heading" className="rounded border border-rule bg-paper">
        <h2 id="articles-heading" className="border-b border-rule px-4 py-2 text-lg font-bold">
          {heading}
          {query ? ` with “${query}” in the title` : ""}
        </h2>
        {list.rows.length === 0 ? (
          <p className="px-4 py-3 text-sm text-muted">
            {trash ? "The trash is empty." : "No articles match."}
          </p>
        ) : (
          <ul className="divide-y divide-rule">
            {list.rows.map((row) => {
              const time = when(row);
              return (
                <li key={row.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
                  <div className="min-w-0 flex-1">
                    <Link
                      href={`/admin/articles/${row.id}`}
                      className="font-semibold break-words hover:text-brand hover:underline"
                    >
                      {row.title || "(untitled)"}
                    </Link>
                    <div className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
                      <StatusBadge status={row.status} />
                      <span>{row.categoryName}</span>
                      {row.authorNames.length > 0 ? (
                        <span>by {row.authorNames.join(", ")}</span>
                      ) : null}
                      <span>
                        {time.label} <NairobiTime date={time.date} />
                      </span>
                    </div>
                  </div>
                  {trash ? (
                    <ActionFormClient
                      action={restoreArticleAction}
                      label={`Restore ${row.title || "untitled story"}`}
                    >
                      <input type="hidden" name="articleId" value={row.id} />
                      <SubmitButtonClient variant="secondary">Restore</SubmitButtonClient>
                    </ActionFormClient>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {list.page > 1 || list.hasNext ? (
        <nav aria-label="Article pages" className="mt-4 flex items-center gap-4">
          {list.page > 1 ? (
            <Link href={link(list.page - 1)} className="font-semibold underline">
              Previous
            </Link>
          ) : null}
          <span className="text-sm text-muted">Page {list.page}</span>
          {list.hasNext ? (
            <Link href={link(list.page + 1)} className="font-semibold underline">
              Next
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
