import { createSession } from "@/db/mutations/create-session";
import type { DbExecutor } from "@/db/open-database";
import type { SessionPolicy } from "@/lib/auth/session-policy";
import { generateSessionToken, hashSessionToken } from "@/lib/auth/session-token";

export type NewSession = { token: string; id: string; expiresAt: Date };

// A fresh random token at every sign-in (never reusing one the browser already had, so a
// planted cookie cannot be promoted to a signed-in session).
export function startSession(
  db: DbExecutor,
  input: { userId: number; now: Date; policy: SessionPolicy; userAgent: string | null },
): NewSession {
  const token = generateSessionToken();
  const id = hashSessionToken(token);
  const expiresAt = new Date(input.now.getTime() + input.policy.maxMs);
  createSession(db, {
    id,
    userId: input.userId,
    now: input.now,
    expiresAt,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { token, id, expiresAt };
}
