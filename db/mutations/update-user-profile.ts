import { and, eq, isNotNull, ne } from "drizzle-orm";
import { assertCan } from "@/lib/auth/assert-can";
import { normalizeEmail } from "@/lib/auth/normalize-email";
import type { Actor } from "@/lib/auth/permissions";
import type { DbExecutor } from "../open-database";
import { articleAuthors, users } from "../schema";
import { createRedirect } from "./create-redirect";
import { InputError } from "@/lib/input-error";
import { recordAudit } from "./record-audit";
import { syncSearchEntry } from "./sync-search-entry";

export type UserProfile = {
  name: string;
  email: string;
  slug: string;
  jobTitle: string | null;
  bio: string | null;
};

export type ProfileChange = {
  oldSlug: string;
  newSlug: string;
  // Published articles carrying this byline: their pages show the name.
  bylinedArticleIds: number[];
  publicChange: boolean;
};

// A renamed author keeps their old profile address as a redirect; their bylines and the search
// index follow the new name in the same transaction.
export function updateUserProfile(
  tx: DbExecutor,
  actor: Actor,
  userId: number,
  input: UserProfile,
): ProfileChange {
  assertCan(actor, "users:manage");
  const user = tx.select().from(users).where(eq(users.id, userId)).get();
  if (!user) throw new InputError("name", "This user no longer exists.");
  const email = normalizeEmail(input.email);
  const emailTaken = tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email), ne(users.id, userId)))
    .get();
  if (emailTaken) throw new InputError("email", "Another user already has this email address.");
  const slugTaken = tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.slug, input.slug), ne(users.id, userId)))
    .get();
  if (slugTaken) throw new InputError("slug", "Another user already has this profile address.");

  tx.update(users)
    .set({ name: input.name, email, slug: input.slug, jobTitle: input.jobTitle, bio: input.bio })
    .where(eq(users.id, userId))
    .run();
  if (user.slug !== input.slug) createRedirect(tx, `/author/${user.slug}`, `/author/${input.slug}`);
  const bylinedArticleIds = tx
    .select({ id: articleAuthors.articleId })
    .from(articleAuthors)
    .where(and(eq(articleAuthors.userId, userId), isNotNull(articleAuthors.publishedAt)))
    .all()
    .map((row) => row.id);
  if (user.name !== input.name) {
    for (const id of bylinedArticleIds) syncSearchEntry(tx, id);
  }
  recordAudit(tx, {
    actorId: actor.id,
    action: "user.profile_updated",
    target: { type: "user", id: userId },
    details: {
      ...(user.name !== input.name ? { name: [user.name, input.name] } : {}),
      ...(user.slug !== input.slug ? { slug: [user.slug, input.slug] } : {}),
      ...(user.email !== email ? { email: [user.email, email] } : {}),
    },
  });
  return {
    oldSlug: user.slug,
    newSlug: input.slug,
    bylinedArticleIds,
    publicChange:
      user.name !== input.name ||
      user.slug !== input.slug ||
      user.jobTitle !== input.jobTitle ||
      user.bio !== input.bio,
  };
}
