import { eq } from "drizzle-orm";
import type { DbExecutor } from "../open-database";
import { sessions } from "../schema";

// Signing out: the session ends here, whatever the browser keeps.
export function deleteSession(db: DbExecutor, id: string): void {
  db.delete(sessions).where(eq(sessions.id, id)).run();
}
