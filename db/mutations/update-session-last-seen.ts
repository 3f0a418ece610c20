import { eq } from "drizzle-orm";
import type { DbExecutor } from "../open-database";
import { sessions } from "../schema";

// The idle timeout counts from here.
export function updateSessionLastSeen(db: DbExecutor, id: string, now: Date): void {
  db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id)).run();
}
