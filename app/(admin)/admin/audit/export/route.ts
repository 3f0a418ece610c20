import { getAuditLog } from "@/db/queries/admin/get-audit-log";
import { requireStaffForRoute } from "@/server/auth/require-staff";

export const dynamic = "force-dynamic";

const MAX_ROWS = 10_000;

function csvCell(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ""
      : typeof value === "string"
        ? value
        : JSON.stringify(value);
  // A leading =, +, - or @ would be run as a formula by spreadsheet programs.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

// The latest entries as CSV, for administrators (checked here, not by the page that links it).
export async function GET() {
  const auth = await requireStaffForRoute("audit:view");
  if (!auth.ok) return auth.response;
  const { rows } = getAuditLog(auth.context.actor, { limit: MAX_ROWS });
  const lines = [
    ["id", "at_utc", "action", "actor", "target_type", "target_id", "target", "details"].join(","),
    ...rows.map((row) =>
      [
        row.id,
        row.at.toISOString(),
        row.action,
        row.actorName,
        row.targetType,
        row.targetId,
        row.targetLabel,
        row.details,
      ]
        .map(csvCell)
        .join(","),
    ),
  ];
  return new Response(`${lines.join("\r\n")}\r\n`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="gazeti-audit-log.csv"',
      "Cache-Control": "no-store",
    },
  });
}
