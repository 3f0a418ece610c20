import "server-only";
import { and, desc, eq, inArray, lt } from "drizzle-orm";
import { AUDIT_ACTIONS, type AuditAction } from "@/db/mutations/record-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "../../client";
import type { DbExecutor } from "../../open-database";
import { articles, auditLog, categories, tags, users } from "../../schema";
import type { AuditRow } from "./admin-view-types";

export const AUDIT_PAGE_SIZE = 50;

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, value);
}

function labels(db: DbExecutor, type: string, ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows =
    type === "user"
      ? db
          .select({ id: users.id, label: users.name })
          .from(users)
          .where(inArray(users.id, ids))
          .all()
      : type === "article"
        ? db
            .select({ id: articles.id, label: articles.title })
            .from(articles)
            .where(inArray(articles.id, ids))
            .all()
        : type === "category"
          ? db
              .select({ id: categories.id, label: categories.name })
              .from(categories)
              .where(inArray(categories.id, ids))
              .all()
          : type === "tag"
            ? db
                .select({ id: tags.id, label: tags.name })
                .from(tags)
                .where(inArray(tags.id, ids))
                .all()
            : [];
  return new Map(rows.map((row) => [row.id, row.label]));
}

// Newest first, one page at a time by id (a cursor, so new entries never shift the pages).
export function getAuditLog(
  actor: Actor,
  options: { action?: AuditAction; before?: number; limit?: number },
  db: DbExecutor = getDb(),
): { rows: AuditRow[]; nextBefore: number | null } {
  assertCan(actor, "audit:view");
  const limit = options.limit ?? AUDIT_PAGE_SIZE;
  const rows = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actorName: users.name,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(
      and(
        options.action ? eq(auditLog.action, options.action) : undefined,
        options.before ? lt(auditLog.id, options.before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(limit + 1)
    .all();
  const page = rows.slice(0, limit);
  const byType = new Map<string, number[]>();
  for (const row of page) {
    if (row.targetType && row.targetId !== null) {
      byType.set(row.targetType, [...(byType.get(row.targetType) ?? []), row.targetId]);
    }
  }
  const found = new Map(
    [...byType].map(([type, ids]) => [type, labels(db, type, [...new Set(ids)])]),
  );
  return {
    rows: page.map((row) => ({
      ...row,
      details: (row.details as Record<string, unknown> | null) ?? null,
      targetLabel:
        row.targetType && row.targetId !== null
          ? (found.get(row.targetType)?.get(row.targetId) ?? null)
          : null,
    })),
    nextBefore: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}
