import Link from "next/link";
import { NairobiTime } from "@/components/ui/nairobi-time";
import type { AdminArticleRow } from "@/db/queries/admin/admin-view-types";
import { StatusBadge } from "./status-badge";

function timeOf(row: AdminArticleRow) {
  if (row.status === "scheduled" && row.publishAt)
    return { label: "Goes live", date: row.publishAt };
  if (row.status === "published" && row.publishedAt)
    return { label: "Published", date: row.publishedAt };
  return { label: "Updated", date: row.updatedAt };
}

// A dashboard list: a headline per row, what state it is in and when it changed, stacked on a
// phone so nothing needs sideways scrolling.
export function AdminArticleList({
  title,
  rows,
  empty,
}: {
  title: string;
  rows: AdminArticleRow[];
  empty: string;
}) {
  const headingId = `list-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <section aria-labelledby={headingId} className="rounded border border-rule bg-paper">
      <h2 id={headingId} className="border-b border-rule px-4 py-2 text-lg font-bold">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="px-4 py-3 text-sm text-muted">{empty}</p>
      ) : (
        <ul className="divide-y divide-rule">
          {rows.map((row) => {
            const time = timeOf(row);
            return (
              <li key={row.id} className="px-4 py-3">
                <Link
                  href={`/admin/articles/${row.id}`}
                  className="font-semibold hover:text-brand hover:underline"
                >
                  {row.title || "(untitled)"}
                </Link>
                <div className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
                  <StatusBadge status={row.status} />
                  <span>{row.categoryName}</span>
                  {row.authorNames.length > 0 ? <span>by {row.authorNames.join(", ")}</span> : null}
                  <span>
                    {time.label} <NairobiTime date={time.date} />
                  </span>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
