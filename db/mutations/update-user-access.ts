import { eq } from "drizzle-orm";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import type { DbExecutor } from "../open-database";
import { users, type Role } from "../schema";
import { getActiveAdministratorCount } from "../queries/admin/get-active-administrator-count";
import { deleteSessionsOfUser } from "./delete-sessions";
import { InputError } from "../../lib/input-error";
import { recordAudit } from "./record-audit";

function loadUser(tx: DbExecutor, userId: number) {
  const user = tx
    .select({
      id: users.id,
      role: users.role,
      disabledAt: users.disabledAt,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user) throw new InputError("user", "This user no longer exists.");
  return user;
}

function isActiveAdministrator(user: ReturnType<typeof loadUser>): boolean {
  return user.role === "administrator" && !user.disabledAt && user.passwordHash !== null;
}

export function updateUserRole(tx: DbExecutor, actor: Actor, userId: number, role: Role): void {
  assertCan(actor, "users:manage");
  const user = loadUser(tx, userId);
  if (user.role === role) return;
  if (isActiveAdministrator(user) && getActiveAdministratorCount(tx, userId) === 0) {
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

// Disabling ends every session of the user at once; their byline stays on what they wrote.
export function setUserDisabled(
  tx: DbExecutor,
  actor: Actor,
  userId: number,
  disabled: boolean,
  now = new Date(),
): void {
  assertCan(actor, "users:manage");
  const user = loadUser(tx, userId);
  if (Boolean(user.disabledAt) === disabled) return;
  if (disabled) {
    if (userId === actor.id) throw new InputError("user", "You cannot disable your own account.");
    if (isActiveAdministrator(user) && getActiveAdministratorCount(tx, userId) === 0) {
      throw new InputError("user", "The newsroom needs at least one active administrator.");
    }
  }
  tx.update(users)
    .set({ disabledAt: disabled ? now : null })
    .where(eq(users.id, userId))
    .run();
  const sessionsEnded = disabled ? deleteSessionsOfUser(tx, userId) : 0;
  recordAudit(tx, {
    actorId: actor.id,
    action: disabled ? "user.disabled" : "user.enabled",
    target: { type: "user", id: userId },
    details: disabled ? { sessionsEnded } : undefined,
  });
}
