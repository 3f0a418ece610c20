import { eq } from "drizzle-orm";
import { deleteUserSessions } from "@/db/mutations/delete-user-sessions";
import { InputError } from "@/lib/input-error";
import { recordAudit } from "@/db/mutations/record-audit";
import { clearSignInFailures, reserveSignInAttempt } from "@/db/mutations/reserve-sign-in-attempt";
import { updateUserPasswordHash } from "@/db/mutations/update-user-password-hash";
import type { GazetiDatabase } from "@/db/open-database";
import { users } from "@/db/schema";
import { assertCan } from "@/lib/auth/assert-can";
import { startSession, type NewSession } from "./start-session";
import { hashPassword, verifyPassword } from "@/lib/auth/hash-password";
import type { Actor } from "@/lib/auth/permissions";
import type { SessionPolicy } from "@/lib/auth/session-policy";
import { ACCOUNT_THROTTLE, accountThrottleKey } from "@/lib/auth/throttle-policy";

// An administrator sets someone's password (a new colleague, a forgotten one). Every session of
// that user ends: whoever had their old password is out.
export async function setPasswordByAdministrator(
  db: GazetiDatabase,
  actor: Actor,
  input: { userId: number; password: string; keepSessionId?: string; now?: Date },
): Promise<{ sessionsEnded: number }> {
  assertCan(actor, "users:manage");
  const passwordHash = await hashPassword(input.password);
  return db.transaction((tx) => {
    assertCan(actor, "users:manage");
    const user = tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId)).get();
    if (!user) throw new InputError("password", "This user no longer exists.");
    updateUserPasswordHash(tx, input.userId, passwordHash, { now: input.now });
    const keep = input.userId === actor.id ? input.keepSessionId : undefined;
    const sessionsEnded = deleteUserSessions(tx, input.userId, keep);
    recordAudit(tx, {
      actorId: actor.id,
      action: "user.password_set",
      target: { type: "user", id: input.userId },
      details: { sessionsEnded },
    });
    return { sessionsEnded };
  });
}

export type ChangeOwnPasswordResult =
  { ok: true; session: NewSession } | { ok: false; field: "currentPassword"; message: string };

// Anyone signed in may change their own password, proving they know the current one (tries
// count against the same per-account throttle as signing in). All their sessions end, this one
// included, and this browser gets a fresh session token.
export async function changeOwnPassword(
  db: GazetiDatabase,
  input: {
    userId: number;
    currentPassword: string;
    newPassword: string;
    policy: SessionPolicy;
    userAgent: string | null;
    now?: Date;
  },
): Promise<ChangeOwnPasswordResult> {
  const now = input.now ?? new Date();
  const user = db
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, input.userId))
    .get();
  if (!user?.passwordHash) {
    return { ok: false, field: "currentPassword", message: "Your account has no password." };
  }
  const key = { key: accountThrottleKey(user.email), rule: ACCOUNT_THROTTLE };
  const reservation = db.transaction((tx) => reserveSignInAttempt(tx, [key], now), {
    behavior: "immediate",
  });
  if (!reservation.allowed) {
    return {
      ok: false,
      field: "currentPassword",
      message: "Too many wrong passwords. Try again later.",
    };
  }
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return { ok: false, field: "currentPassword", message: "This is not your current password." };
  }
  const passwordHash = await hashPassword(input.newPassword);
  const session = db.transaction(
    (tx) => {
      clearSignInFailures(tx, key.key);
      updateUserPasswordHash(tx, input.userId, passwordHash, { now });
      const sessionsEnded = deleteUserSessions(tx, input.userId);
      recordAudit(tx, {
        actorId: input.userId,
        action: "auth.password_changed",
        target: { type: "user", id: input.userId },
        details: { sessionsEnded },
        at: now,
      });
      return startSession(tx, {
        userId: input.userId,
        now,
        policy: input.policy,
        userAgent: input.userAgent,
      });
    },
    { behavior: "immediate" },
  );
  return { ok: true, session };
}
