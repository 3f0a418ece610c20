import { eq } from "drizzle-orm";
import { assertCan } from "@/lib/auth/assert-can";
import { normalizeEmail } from "@/lib/auth/normalize-email";
import type { Actor } from "@/lib/auth/permissions";
import type { DbExecutor } from "../open-database";
import { users, type Role } from "../schema";
import { InputError } from "@/lib/input-error";
import { recordAudit } from "./record-audit";

export type NewUser = {
  name: string;
  email: string;
  slug: string;
  role: Role;
  jobTitle?: string | null;
  // Hashed by the caller (argon2 is asynchronous, transactions are not); null: cannot sign in
  // until an administrator sets a password.
  passwordHash: string | null;
};

export function createUser(tx: DbExecutor, actor: Actor, input: NewUser): number {
  assertCan(actor, "users:manage");
  const email = normalizeEmail(input.email);
  if (tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
    throw new InputError("email", "Another user already has this email address.");
  }
  if (tx.select({ id: users.id }).from(users).where(eq(users.slug, input.slug)).get()) {
    throw new InputError("slug", "Another user already has this profile address.");
  }
  const now = new Date();
  const id = tx
    .insert(users)
    .values({
      name: input.name,
      email,
      slug: input.slug,
      role: input.role,
      jobTitle: input.jobTitle ?? null,
      passwordHash: input.passwordHash,
      passwordChangedAt: input.passwordHash ? now : null,
    })
    .returning({ id: users.id })
    .get().id;
  recordAudit(tx, {
    actorId: actor.id,
    action: "user.created",
    target: { type: "user", id },
    details: { email, role: input.role },
  });
  return id;
}
