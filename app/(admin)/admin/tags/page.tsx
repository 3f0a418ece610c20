import type { Metadata } from "next";
import Link from "next/link";
import { getAdminTags } from "@/db/queries/admin/get-admin-tags";
import { requireStaff } from "@/server/auth/require-staff";
import { parsePageNumber } from "@/lib/pagination";

export const metadata: Metadata = { title: "Tags" };

export default async function TagsPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; p?: string }>;
}) {
  const { actor } = await requireStaff("taxonomy:manage");
  const params = await searchParams;
  const query = typeof params.q === "string" ? params.q.slice(0, 100) : "";
  const result = getAdminTags(actor, { query, page: parsePageNumber(params.p ?? "1") ?? 1 });
  const pageLink = (page: number) =>
    `/admin/tags?${new URLSearchParams({ ...(query ? { q: query } : {}), p: String(page) })}`;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Tags</h1>
      <form method="get" action="/admin/tags" role="search" className="mb-4 flex flex-wrap gap-2">
        <label htmlFor="tag-search" className="sr-only">
          Find tags
        </label>
        <input
          id="tag-search"
          name="q"
          type="search"
          defaultValue={query}
          placeholder="Find tags by name or slug"
          className="min-h-11 w-full max-w-sm rounded border border-rule bg-paper px-3 py-2"
        />
        <button
          type="submit"
          className="min-h-11 rounded border border-rule bg-paper px-4 font-semibold"
        >
          Find
        </button>
      </form>
      <section aria-labelledby="tags-heading" className="rounded border border-rule bg-paper">
        <h2 id="tags-heading" className="border-b border-rule px-4 py-2 text-lg font-bold">
          {result.total} tag{result.total === 1 ? "" : "s"}
          {query ? ` matching “${query}”` : ""}
        </h2>
        <ul className="divide-y divide-rule">
          {result.tags.map((tag) => (
            <li key={tag.id} className="flex flex-wrap items-baseline gap-x-3 px-4 py-2">
              <Link
                href={`/admin/tags/${tag.id}`}
                className="font-semibold hover:text-brand hover:underline"
              >
                {tag.name}
              </Link>
              <span className="text-sm text-muted">/tag/{tag.slug}</span>
              <span className="text-sm text-muted">
                {tag.articleCount} article{tag.articleCount === 1 ? "" : "s"}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {result.totalPages > 1 ? (
        <nav aria-label="Tag pages" className="mt-4 flex items-center gap-4">
          {result.page > 1 ? (
            <Link href={pageLink(result.page - 1)} className="font-semibold underline">
              Previous
            </Link>
          ) : null}
          <span className="text-sm text-muted">
            Page {result.page} of {result.totalPages}
          </span>
          {result.page < result.totalPages ? (
            <Link href={pageLink(result.page + 1)} className="font-semibold underline">
              Next
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
