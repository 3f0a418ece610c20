import { eq } from "drizzle-orm";
import type { DbExecutor } from "../open-database";
import { redirects } from "../schema";

// Keeps an old public address working: `from` answers a permanent redirect to `to`. Earlier
// redirects to `from` are pointed straight at `to` (no chains), and a redirect away from `to`
// is dropped (the address is live again, and a loop is impossible).
export function createRedirect(db: DbExecutor, from: string, to: string): void {
  if (from === to) return;
  db.delete(redirects).where(eq(redirects.fromPath, to)).run();
  db.update(redirects).set({ toPath: to }).where(eq(redirects.toPath, from)).run();
  db.insert(redirects)
    .values({ fromPath: from, toPath: to })
    .onConflictDoUpdate({ target: redirects.fromPath, set: { toPath: to } })
    .run();
}
