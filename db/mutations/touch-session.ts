import { eq } from "drizzle-orm";
import type { DbExecutor } from "../open-database";
import { sessions } from "../schema";

export function touchSession(db: DbExecutor, id: string, now: Date): void {
  db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id)).run();
}
