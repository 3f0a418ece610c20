import type { Metadata } from "next";
import Link from "next/link";
import { NairobiTime } from "@/components/ui/nairobi-time";
import { AUDIT_ACTIONS } from "@/db/mutations/record-audit";
import type { AuditRow } from "@/db/queries/admin/admin-view-types";
import { getAuditLog, isAuditAction } from "@/db/queries/admin/get-audit-log";
import { requireStaff } from "@/server/auth/require-staff";

export const metadata: Metadata = { title: "Audit log" };

function describeDetails(details: AuditRow["details"]): string {
  if (!details) return "";
  return Object.entries(details)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => {
      if (Array.isArray(value) && value.length === 2) return `${key}: ${value[0]} → ${value[1]}`;
      return `${key}: ${typeof value === "object" ? JSON.stringify(value) : String(value)}`;
    })
    .join(" · ");
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<{ action?: string; before?: string }>;
}) {
  const { actor } = await requireStaff("audit:view");
  const params = await searchParams;
  const action = params.action && isAuditAction(params.action) ? params.action : undefined;
  const before = /^\d{1,12}$/.test(params.before ?? "") ? Number(params.before) : undefined;
  const { rows, nextBefore } = getAuditLog(actor, { action, before });
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Audit log</h1>
        {/* A file from a route handler, not a page: a plain download link. */}
        <a href="/admin/audit/export" download className="font-semibold underline">
          Download as CSV
        </a>
      </div>
      <form method="get" action="/admin/audit" className="mb-4 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="audit-action" className="block text-sm font-semibold">
            Show
          </label>
          <select
            id="audit-action"
            name="action"
            defaultValue={action ?? ""}
            className="mt-1 min-h-11 rounded border border-rule bg-paper px-3 py-2"
          >
            <option value="">Everything</option>
            {Object.entries(AUDIT_ACTIONS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="min-h-11 rounded border border-rule bg-paper px-4 font-semibold"
        >
          Filter
        </button>
      </form>
      <section aria-label="Entries" className="rounded border border-rule bg-paper">
        {rows.length === 0 ? (
          <p className="px-4 py-3 text-muted">No entries.</p>
        ) : (
          <ol className="divide-y divide-rule">
            {rows.map((row) => (
              <li key={row.id} className="px-4 py-2 text-sm">
                <div className="flex flex-wrap gap-x-3">
                  <span className="text-muted">
                    <NairobiTime date={row.at} />
                  </span>
                  <span className="font-semibold">
                    {isAuditAction(row.action) ? AUDIT_ACTIONS[row.action] : row.action}
                  </span>
                  <span>{row.actorName ?? "Nobody signed in"}</span>
                  {row.targetType ? (
                    <span>
                      {row.targetType}: {row.targetLabel ?? `#${row.targetId}`}
                    </span>
                  ) : null}
                </div>
                {row.details ? (
                  <p className="mt-0.5 break-all text-muted">{describeDetails(row.details)}</p>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      {nextBefore ? (
        <p className="mt-4">
          <Link
            href={`/admin/audit?${new URLSearchParams({ ...(action ? { action } : {}), before: String(nextBefore) })}`}
            className="font-semibold underline"
          >
            Older entries
          </Link>
        </p>
      ) : null}
    </>
  );
}
