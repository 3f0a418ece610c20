import "server-only";
import { asc, count, eq, gt, and, sql } from "drizzle-orm";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "../../client";
import type { DbExecutor } from "../../open-database";
import { sessions, users } from "../../schema";
import type { StaffUserDetail, StaffUserRow } from "./admin-view-types";

const columns = {
  id: users.id,
  name: users.name,
  email: users.email,
  slug: users.slug,
  role: users.role,
  jobTitle: users.jobTitle,
  hasPassword: sql<number>`${users.passwordHash} is not null`,
  disabledAt: users.disabledAt,
  lastSignInAt: users.lastSignInAt,
};

function toRow({
  hasPassword,
  disabledAt,
  ...row
}: {
  hasPassword: number;
  disabledAt: Date | null;
} & Omit<StaffUserRow, "hasPassword" | "disabled">): StaffUserRow {
  return { ...row, hasPassword: Boolean(hasPassword), disabled: disabledAt !== null };
}

export function getStaffUsers(actor: Actor, db: DbExecutor = getDb()): StaffUserRow[] {
  assertCan(actor, "users:manage");
  return db.select(columns).from(users).orderBy(asc(users.name), asc(users.id)).all().map(toRow);
}

export function getStaffUser(
  actor: Actor,
  id: number,
  db: DbExecutor = getDb(),
): StaffUserDetail | null {
  assertCan(actor, "users:manage");
  const row = db
    .select({ ...columns, bio: users.bio })
    .from(users)
    .where(eq(users.id, id))
    .get();
  if (!row) return null;
  const activeSessions =
    db
      .select({ n: count() })
      .from(sessions)
      .where(and(eq(sessions.userId, id), gt(sessions.expiresAt, new Date())))
      .get()?.n ?? 0;
  const { bio, ...rest } = row;
  return { ...toRow(rest), bio, activeSessions };
}
