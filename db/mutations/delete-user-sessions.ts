import { and, eq, ne } from "drizzle-orm";
import type { DbExecutor } from "../open-database";
import { sessions } from "../schema";

// Ends every session of a user (password changed, account disabled), optionally keeping one:
// the session of the person who just changed their own password.
export function deleteUserSessions(db: DbExecutor, userId: number, exceptId?: string): number {
  const where = exceptId
    ? and(eq(sessions.userId, userId), ne(sessions.id, exceptId))
    : eq(sessions.userId, userId);
  return db.delete(sessions).where(where).run().changes;
}
