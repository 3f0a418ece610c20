import { and, count, eq, isNotNull, isNull, ne } from "drizzle-orm";
import type { DbExecutor } from "../../open-database";
import { users } from "../../schema";

// Administrators who can sign in, leaving one user out: the newsroom must always keep one.
export function getActiveAdministratorCount(db: DbExecutor, excludingUserId?: number): number {
  return (
    db
      .select({ n: count() })
      .from(users)
      .where(
        and(
          eq(users.role, "administrator"),
          isNull(users.disabledAt),
          isNotNull(users.passwordHash),
          excludingUserId === undefined ? undefined : ne(users.id, excludingUserId),
        ),
      )
      .get()?.n ?? 0
  );
}
