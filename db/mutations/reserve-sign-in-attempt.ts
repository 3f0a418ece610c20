import { eq, inArray, sql } from "drizzle-orm";
import { lockDurationMs, type ThrottleRule } from "@/lib/auth/throttle-policy";
import type { DbExecutor } from "../open-database";
import { loginThrottles } from "../schema";

export type ThrottledKey = { key: string; rule: ThrottleRule };

export type AttemptReservation = { allowed: true } | { allowed: false; retryAfterMs: number };

// Counts a sign-in attempt as a failure BEFORE the password is checked, in one write
// transaction, so parallel guesses cannot all slip in before the lock is written; a successful
// sign-in clears the count again. Refused attempts while locked are not counted (the lock
// neither grows nor restarts), so an attacker cannot keep an account locked for longer by
// hammering it.
export function reserveSignInAttempt(
  db: DbExecutor,
  keys: ThrottledKey[],
  now: Date,
): AttemptReservation {
  const rows = db
    .select()
    .from(loginThrottles)
    .where(
      inArray(
        loginThrottles.key,
        keys.map((entry) => entry.key),
      ),
    )
    .all();
  const lockedUntil = Math.max(0, ...rows.map((row) => row.lockedUntil?.getTime() ?? 0));
  if (lockedUntil > now.getTime()) {
    return { allowed: false, retryAfterMs: lockedUntil - now.getTime() };
  }
  for (const { key, rule } of keys) {
    const row = rows.find((candidate) => candidate.key === key);
    const stale =
      !row?.lastFailureAt || now.getTime() - row.lastFailureAt.getTime() > rule.forgetAfterMs;
    const failures = (stale ? 0 : row.failures) + 1;
    const lockMs = lockDurationMs(failures, rule);
    const values = {
      failures,
      lastFailureAt: now,
      lockedUntil: lockMs > 0 ? new Date(now.getTime() + lockMs) : null,
    };
    db.insert(loginThrottles)
      .values({ key, ...values })
      .onConflictDoUpdate({ target: loginThrottles.key, set: values })
      .run();
  }
  return { allowed: true };
}

export function clearSignInFailures(db: DbExecutor, key: string): void {
  db.delete(loginThrottles).where(eq(loginThrottles.key, key)).run();
}

// Takes back the failure counted in advance for a shared key (a client address) when the
// attempt succeeded, without forgetting the other failures from that address.
export function releaseSignInAttempt(db: DbExecutor, { key, rule }: ThrottledKey): void {
  const row = db.select().from(loginThrottles).where(eq(loginThrottles.key, key)).get();
  if (!row) return;
  const failures = Math.max(0, row.failures - 1);
  db.update(loginThrottles)
    .set({ failures, lockedUntil: lockDurationMs(failures, rule) > 0 ? row.lockedUntil : null })
    .where(eq(loginThrottles.key, key))
    .run();
}

// Rows whose failures are forgotten and whose lock has passed carry no information.
export function deleteStaleThrottles(db: DbExecutor, now: Date, forgetAfterMs: number): void {
  const cutoff = now.getTime() - forgetAfterMs;
  db.delete(loginThrottles)
    .where(
      sql`${loginThrottles.lastFailureAt} < ${cutoff} and coalesce(${loginThrottles.lockedUntil}, 0) < ${now.getTime()}`,
    )
    .run();
}
