import { and, eq, lt, ne, or } from "drizzle-orm";
import type { DbExecutor } from "../open-database";
import { sessions } from "../schema";

export function deleteSession(db: DbExecutor, id: string): void {
  db.delete(sessions).where(eq(sessions.id, id)).run();
}

// Ends every session of a user (password changed, account disabled), optionally keeping one:
// the session of the person who just changed their own password.
export function deleteSessionsOfUser(db: DbExecutor, userId: number, exceptId?: string): number {
  const where = exceptId
    ? and(eq(sessions.userId, userId), ne(sessions.id, exceptId))
    : eq(sessions.userId, userId);
  return db.delete(sessions).where(where).run().changes;
}

export function deleteExpiredSessions(db: DbExecutor, now: Date, idleMs: number): number {
  return db
    .delete(sessions)
    .where(
      or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, new Date(now.getTime() - idleMs))),
    )
    .run().changes;
}
