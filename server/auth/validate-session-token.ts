import { deleteSession } from "@/db/mutations/delete-session";
import { updateSessionLastSeen } from "@/db/mutations/update-session-last-seen";
import type { DbExecutor } from "@/db/open-database";
import { getSessionByTokenHash } from "@/db/queries/admin/get-session-by-token-hash";
import type { Role } from "@/db/schema";
import { isSessionLive, sessionNeedsTouch, type SessionPolicy } from "@/lib/auth/session-policy";
import { hashSessionToken, isWellFormedSessionToken } from "@/lib/auth/session-token";

export type StaffUser = { id: number; name: string; email: string; slug: string; role: Role };

export type StaffSession = { sessionId: string; expiresAt: Date; user: StaffUser };

// The session a cookie names, or null: unknown token, idle too long, past its absolute
// lifetime, or its user disabled or without a password. Dead sessions are deleted on sight.
export function validateSessionToken(
  db: DbExecutor,
  token: string | undefined,
  now: Date,
  policy: SessionPolicy,
): StaffSession | null {
  if (!token || !isWellFormedSessionToken(token)) return null;
  const id = hashSessionToken(token);
  const row = getSessionByTokenHash(db, id);
  if (!row) return null;
  if (!isSessionLive(row, now, policy) || row.user.disabledAt || !row.user.hasPassword) {
    deleteSession(db, id);
    return null;
  }
  if (sessionNeedsTouch(row, now)) updateSessionLastSeen(db, id, now);
  const { id: userId, name, email, slug, role } = row.user;
  return { sessionId: id, expiresAt: row.expiresAt, user: { id: userId, name, email, slug, role } };
}
