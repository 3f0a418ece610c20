import { eq } from "drizzle-orm";
import { deleteExpiredSessions } from "@/db/mutations/delete-expired-sessions";
import { recordAudit } from "@/db/mutations/record-audit";
import {
  clearSignInFailures,
  deleteStaleThrottles,
  releaseSignInAttempt,
  reserveSignInAttempt,
  type ThrottledKey,
} from "@/db/mutations/reserve-sign-in-attempt";
import { updateUserPasswordHash } from "@/db/mutations/update-user-password-hash";
import type { GazetiDatabase } from "@/db/open-database";
import { getSignInAccount } from "@/db/queries/admin/get-sign-in-account";
import { users } from "@/db/schema";
import { startSession, type NewSession } from "./start-session";
import {
  hashPassword,
  passwordHashNeedsUpgrade,
  spendPasswordCheck,
  verifyPassword,
} from "@/lib/auth/hash-password";
import { normalizeEmail } from "@/lib/auth/normalize-email";
import type { SessionPolicy } from "@/lib/auth/session-policy";
import {
  ACCOUNT_THROTTLE,
  ADDRESS_THROTTLE,
  accountThrottleKey,
  addressThrottleKey,
} from "@/lib/auth/throttle-policy";

export type SignInInput = {
  email: string;
  password: string;
  // Known only behind a trusted proxy (lib/auth/client-address.ts).
  address: string | null;
  userAgent: string | null;
  now?: Date;
  policy: SessionPolicy;
};

export type SignInResult =
  | { ok: true; session: NewSession; userId: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

const MAX_LOGGED_EMAIL = 120;

// The whole sign-in: throttle, check the password in constant-ish time, record the outcome in
// the audit log, and on success end the failure count and open a new session.
export async function signIn(db: GazetiDatabase, input: SignInInput): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const email = normalizeEmail(input.email);
  const accountKey: ThrottledKey = { key: accountThrottleKey(email), rule: ACCOUNT_THROTTLE };
  const addressKey: ThrottledKey | null = input.address
    ? { key: addressThrottleKey(input.address), rule: ADDRESS_THROTTLE }
    : null;
  const keys = addressKey ? [accountKey, addressKey] : [accountKey];
  const account = getSignInAccount(db, email);
  const auditBase = {
    actorId: account?.id ?? null,
    target: account ? { type: "user" as const, id: account.id } : undefined,
  };

  const reservation = db.transaction((tx) => reserveSignInAttempt(tx, keys, now), {
    behavior: "immediate",
  });
  if (!reservation.allowed) {
    recordAudit(db, {
      ...auditBase,
      action: "auth.sign_in_failed",
      details: {
        reason: "throttled",
        email: email.slice(0, MAX_LOGGED_EMAIL),
        address: input.address,
      },
      at: now,
    });
    return { ok: false, reason: "throttled", retryAfterMs: reservation.retryAfterMs };
  }

  const canSignIn = account && account.passwordHash && !account.disabledAt;
  const passwordOk = canSignIn
    ? await verifyPassword(account.passwordHash!, input.password)
    : await spendPasswordCheck(input.password);

  if (!canSignIn || !passwordOk) {
    const reason = !account
      ? "unknown-account"
      : account.disabledAt
        ? "disabled"
        : !account.passwordHash
          ? "no-password"
          : "wrong-password";
    db.transaction((tx) => {
      recordAudit(tx, {
        ...auditBase,
        action: "auth.sign_in_failed",
        details: { reason, email: email.slice(0, MAX_LOGGED_EMAIL), address: input.address },
        at: now,
      });
      deleteStaleThrottles(tx, now, ACCOUNT_THROTTLE.forgetAfterMs);
    });
    return { ok: false, reason: "invalid" };
  }

  const upgradedHash = passwordHashNeedsUpgrade(account.passwordHash!)
    ? await hashPassword(input.password)
    : null;
  const session = db.transaction(
    (tx) => {
      clearSignInFailures(tx, accountKey.key);
      if (addressKey) releaseSignInAttempt(tx, addressKey);
      deleteExpiredSessions(tx, now, input.policy.idleMs);
      if (upgradedHash)
        updateUserPasswordHash(tx, account.id, upgradedHash, { keepChangedAt: true });
      const created = startSession(tx, {
        userId: account.id,
        now,
        policy: input.policy,
        userAgent: input.userAgent,
      });
      recordAudit(tx, {
        ...auditBase,
        action: "auth.sign_in",
        details: input.address ? { address: input.address } : undefined,
        at: now,
      });
      tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, account.id)).run();
      return created;
    },
    { behavior: "immediate" },
  );
  return { ok: true, session, userId: account.id };
}
