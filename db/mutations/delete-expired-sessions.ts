import { lt, or } from "drizzle-orm";
import type { DbExecutor } from "../open-database";
import { sessions } from "../schema";

// Sessions past their hard limit or idle for too long can never be used again.
export function deleteExpiredSessions(db: DbExecutor, now: Date, idleMs: number): number {
  return db
    .delete(sessions)
    .where(
      or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, new Date(now.getTime() - idleMs))),
    )
    .run().changes;
}
