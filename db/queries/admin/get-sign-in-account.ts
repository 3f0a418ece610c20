import { eq } from "drizzle-orm";
import type { DbExecutor } from "../../open-database";
import { users } from "../../schema";
import { normalizeEmail } from "@/lib/auth/normalize-email";

// Emails are stored lowercased (lib/auth/normalize-email.ts), so this is one unique-index look-up.
export function getSignInAccount(db: DbExecutor, email: string) {
  return db
    .select({
      id: users.id,
      role: users.role,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(eq(users.email, normalizeEmail(email)))
    .get();
}
