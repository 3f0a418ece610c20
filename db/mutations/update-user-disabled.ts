import { eq } from "drizzle-orm";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import { InputError } from "@/lib/input-error";
import type { DbExecutor } from "../open-database";
import { getActiveAdministratorCount } from "../queries/admin/get-active-administrator-count";
import { getUserAccess } from "../queries/admin/get-user-access";
import { users } from "../schema";
import { deleteUserSessions } from "./delete-user-sessions";
import { recordAudit } from "./record-audit";

// Disabling ends every session of the user at once; their byline stays on what they wrote.
export function updateUserDisabled(
  tx: DbExecutor,
  actor: Actor,
  userId: number,
  disabled: boolean,
  now = new Date(),
): void {
  assertCan(actor, "users:manage");
  const user = getUserAccess(tx, userId);
  if (Boolean(user.disabledAt) === disabled) return;
  if (disabled) {
    if (userId === actor.id) throw new InputError("user", "You cannot disable your own account.");
    if (user.activeAdministrator && getActiveAdministratorCount(tx, userId) === 0) {
      throw new InputError("user", "The newsroom needs at least one active administrator.");
    }
  }
  tx.update(users)
    .set({ disabledAt: disabled ? now : null })
    .where(eq(users.id, userId))
    .run();
  const sessionsEnded = disabled ? deleteUserSessions(tx, userId) : 0;
  recordAudit(tx, {
    actorId: actor.id,
    action: disabled ? "user.disabled" : "user.enabled",
    target: { type: "user", id: userId },
    details: disabled ? { sessionsEnded } : undefined,
  });
}
