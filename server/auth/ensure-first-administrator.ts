import { randomBytes } from "node:crypto";
import { eq, isNotNull } from "drizzle-orm";
import { recordAudit } from "@/db/mutations/record-audit";
import type { DbExecutor, GazetiDatabase } from "@/db/open-database";
import { users } from "@/db/schema";
import { slugify } from "@/lib/articles/slugify";
import { hashPassword } from "@/lib/auth/hash-password";
import { normalizeEmail } from "@/lib/auth/normalize-email";

export const DEFAULT_ADMIN_EMAIL = "admin@gazeti.local";

export type FirstAdministrator =
  | { created: false }
  | { created: true; email: string; generatedPassword: string | null; userId: number };

// 18 random bytes: 144 bits, 24 characters of base64url.
function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

function uniqueSlug(db: DbExecutor, base: string): string {
  const root = base || "administrator";
  for (let n = 1; ; n++) {
    const slug = n === 1 ? root : `${root}-${n}`;
    if (!db.select({ id: users.id }).from(users).where(eq(users.slug, slug)).get()) return slug;
  }
}

// At start: when no user can sign in, make one administrator, from ADMIN_EMAIL and
// ADMIN_PASSWORD or with a generated password the caller prints once. An existing user with
// that email (a demo byline) is promoted rather than duplicated.
export async function ensureFirstAdministrator(
  db: GazetiDatabase,
  options: { email?: string; password?: string },
): Promise<FirstAdministrator> {
  const anyoneCanSignIn = db
    .select({ id: users.id })
    .from(users)
    .where(isNotNull(users.passwordHash))
    .limit(1)
    .get();
  if (anyoneCanSignIn) return { created: false };
  const email = normalizeEmail(options.email ?? DEFAULT_ADMIN_EMAIL);
  const generatedPassword = options.password ? null : generatePassword();
  const passwordHash = await hashPassword(options.password ?? generatedPassword!);
  const now = new Date();
  const userId = db.transaction((tx) => {
    if (tx.select({ id: users.id }).from(users).where(isNotNull(users.passwordHash)).get()) {
      return null;
    }
    const existing = tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
    const id = existing
      ? tx
          .update(users)
          .set({ role: "administrator", passwordHash, passwordChangedAt: now, disabledAt: null })
          .where(eq(users.id, existing.id))
          .returning({ id: users.id })
          .get().id
      : tx
          .insert(users)
          .values({
            email,
            name: "Administrator",
            slug: uniqueSlug(tx, slugify(email.split("@")[0] ?? "")),
            role: "administrator",
            passwordHash,
            passwordChangedAt: now,
          })
          .returning({ id: users.id })
          .get().id;
    recordAudit(tx, {
      actorId: null,
      action: "user.created",
      target: { type: "user", id },
      details: { email, role: "administrator", firstAdministrator: true },
    });
    return id;
  });
  if (userId === null) return { created: false };
  return { created: true, email, generatedPassword, userId };
}
