import { eq } from "drizzle-orm";
import { InputError } from "@/lib/input-error";
import type { DbExecutor } from "../../open-database";
import { users } from "../../schema";

// A user's role and standing, for a change to them: the newsroom must always keep one
// administrator who can sign in.
export function getUserAccess(tx: DbExecutor, userId: number) {
  const user = tx
    .select({
      id: users.id,
      role: users.role,
      disabledAt: users.disabledAt,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user) throw new InputError("user", "This user no longer exists.");
  const activeAdministrator =
    user.role === "administrator" && !user.disabledAt && user.passwordHash !== null;
  return { ...user, activeAdministrator };
}
