import { eq } from "drizzle-orm";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { InputError } from "@/lib/input-error";
import type { DbExecutor } from "../open-database";
import { getActiveAdministratorCount } from "../queries/admin/get-active-administrator-count";
import { getUserAccess } from "../queries/admin/get-user-access";
import { users } from "../schema";
import { recordAudit } from "./record-audit";

export function updateUserRole(tx: DbExecutor, actor: Actor, userId: number, role: Role): void {
  assertCan(actor, "users:manage");
  const user = getUserAccess(tx, userId);
  if (user.role === role) return;
  if (user.activeAdministrator && getActiveAdministratorCount(tx, userId) === 0) {
    throw new InputError("role", "The newsroom needs at least one active administrator.");
  }
  tx.update(users).set({ role }).where(eq(users.id, userId)).run();
  recordAudit(tx, {
    actorId: actor.id,
    action: "user.role_changed",
    target: { type: "user", id: userId },
    details: { from: user.role, to: role },
  });
}
