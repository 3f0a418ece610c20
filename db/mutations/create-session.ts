import type { DbExecutor } from "../open-database";
import { sessions } from "../schema";

export function createSession(
  db: DbExecutor,
  row: { id: string; userId: number; now: Date; expiresAt: Date; userAgent: string | null },
): void {
  db.insert(sessions)
    .values({
      id: row.id,
      userId: row.userId,
      createdAt: row.now,
      lastSeenAt: row.now,
      expiresAt: row.expiresAt,
      userAgent: row.userAgent,
    })
    .run();
}
