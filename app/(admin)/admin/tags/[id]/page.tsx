import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getAdminTag } from "@/db/queries/admin/get-admin-tags";
import { requireStaff } from "@/server/auth/require-staff";
import { MergeTagFormClient, RenameTagFormClient } from "../tag-forms-client";

export const metadata: Metadata = { title: "Edit tag" };

export default async function TagPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; merged?: string }>;
}) {
  const { actor } = await requireStaff("taxonomy:manage");
  const id = Number((await params).id);
  const tag = Number.isSafeInteger(id) && id > 0 ? getAdminTag(actor, id) : null;
  if (!tag) notFound();
  const { saved, merged } = await searchParams;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/tags" className="text-muted underline">
          All tags
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{tag.name}</h1>
      <p className="mt-1 mb-4 text-sm text-muted">
        <Link href={`/tag/${tag.slug}`} className="underline">
          /tag/{tag.slug}
        </Link>{" "}
        · {tag.articleCount} article{tag.articleCount === 1 ? "" : "s"}
      </p>
      {saved || merged ? (
        <p
          role="status"
          className="mb-4 rounded border border-rule bg-paper px-3 py-2 font-semibold"
        >
          {merged ? "Tags merged." : "Tag saved."}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <section
          aria-labelledby="rename-heading"
          className="rounded border border-rule bg-paper p-4"
        >
          <h2 id="rename-heading" className="mb-3 text-lg font-bold">
            Rename
          </h2>
          <RenameTagFormClient tag={tag} />
        </section>
        <section
          aria-labelledby="merge-heading"
          className="rounded border border-rule bg-paper p-4"
        >
          <h2 id="merge-heading" className="mb-3 text-lg font-bold">
            Merge into another tag
          </h2>
          <MergeTagFormClient tag={tag} />
        </section>
      </div>
    </>
  );
}
