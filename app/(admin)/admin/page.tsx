import type { Metadata } from "next";
import Link from "next/link";
import { AdminArticleList } from "@/components/admin/admin-article-list";
import { getDashboard } from "@/db/queries/admin/get-dashboard";
import { canDo } from "@/lib/auth/permissions";
import { requireStaff } from "@/server/auth/require-staff";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const { user, actor } = await requireStaff();
  const dashboard = getDashboard(actor);
  const scope = dashboard.showsEveryone ? "" : " (yours)";
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Good to see you, {user.name.split(" ")[0]}</h1>
        {canDo(actor, "article:create") ? (
          <Link
            href="/admin/articles/new"
            className="inline-flex min-h-11 items-center rounded bg-brand px-4 py-2 font-semibold text-paper hover:bg-brand-dark"
          >
            Write a new article
          </Link>
        ) : null}
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <AdminArticleList
          title={`Waiting for review${scope}`}
          rows={dashboard.inReview}
          empty="Nothing is waiting for review."
        />
        <AdminArticleList
          title={`Scheduled${scope}`}
          rows={dashboard.scheduled}
          empty="Nothing is scheduled."
        />
        <AdminArticleList
          title="Recently published"
          rows={dashboard.recentlyPublished}
          empty="Nothing has been published yet."
        />
        <AdminArticleList
          title="My articles"
          rows={dashboard.mine}
          empty="You have no articles yet."
        />
      </div>
    </>
  );
}
