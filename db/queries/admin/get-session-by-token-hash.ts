import { eq, sql } from "drizzle-orm";
import type { DbExecutor } from "../../open-database";
import { sessions, users } from "../../schema";

// No `server-only` here: sign-in code runs in unit tests and the start script too.
export function getSessionByTokenHash(db: DbExecutor, id: string) {
  return db
    .select({
      id: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      user: {
        id: users.id,
        name: users.name,
        email: users.email,
        slug: users.slug,
        role: users.role,
        disabledAt: users.disabledAt,
        hasPassword: sql<number>`${users.passwordHash} is not null`,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id))
    .get();
}
