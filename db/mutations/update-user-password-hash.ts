import { eq } from "drizzle-orm";
import type { DbExecutor } from "../open-database";
import { users } from "../schema";

// Writes a new hash. Callers that change the password itself must also end the user's sessions
// (server/auth/set-password.ts does both); a re-hash of the same password at sign-in does not.
export function updateUserPasswordHash(
  db: DbExecutor,
  userId: number,
  passwordHash: string,
  options: { keepChangedAt?: boolean; now?: Date } = {},
): void {
  db.update(users)
    .set(
      options.keepChangedAt
        ? { passwordHash }
        : { passwordHash, passwordChangedAt: options.now ?? new Date() },
    )
    .where(eq(users.id, userId))
    .run();
}
