import { and, eq, ne } from "drizzle-orm";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import { isAllowedSectionSlug } from "@/lib/slugs/reserved-segments";
import type { DbExecutor } from "../open-database";
import { categories, pages, redirects } from "../schema";
import { createRedirect } from "./create-redirect";
import { InputError } from "../../lib/input-error";
import { recordAudit } from "./record-audit";

export type CategoryInput = { name: string; slug: string; description: string; navOrder: number };

export type CategoryChange = { id: number; oldSlug: string | null; newSlug: string };

// Categories and site pages share the first path segment, and the application's own segments
// (admin, tag, feed.xml…) can never be one.
function assertSlugFree(tx: DbExecutor, slug: string, exceptCategoryId?: number): void {
  if (!isAllowedSectionSlug(slug)) {
    throw new InputError("slug", "This address is reserved by the site. Choose another.");
  }
  const category = tx
    .select({ id: categories.id })
    .from(categories)
    .where(
      exceptCategoryId === undefined
        ? eq(categories.slug, slug)
        : and(eq(categories.slug, slug), ne(categories.id, exceptCategoryId)),
    )
    .get();
  if (category) throw new InputError("slug", "Another category already has this address.");
  if (tx.select({ id: pages.id }).from(pages).where(eq(pages.slug, slug)).get()) {
    throw new InputError("slug", "A site page (About, Contact…) already has this address.");
  }
}

export function createCategory(tx: DbExecutor, actor: Actor, input: CategoryInput): CategoryChange {
  assertCan(actor, "taxonomy:manage");
  assertSlugFree(tx, input.slug);
  // A new section takes over an address that used to redirect elsewhere.
  tx.delete(redirects)
    .where(eq(redirects.fromPath, `/${input.slug}`))
    .run();
  const id = tx.insert(categories).values(input).returning({ id: categories.id }).get().id;
  recordAudit(tx, {
    actorId: actor.id,
    action: "category.created",
    target: { type: "category", id },
    details: { slug: input.slug, name: input.name },
  });
  return { id, oldSlug: null, newSlug: input.slug };
}

// A changed slug moves the section and every article in it (their addresses start with it): one
// redirect row from the old prefix carries all of them (db/queries/get-redirect-target.ts).
export function updateCategory(
  tx: DbExecutor,
  actor: Actor,
  id: number,
  input: CategoryInput,
): CategoryChange {
  assertCan(actor, "taxonomy:manage");
  const current = tx.select().from(categories).where(eq(categories.id, id)).get();
  if (!current) throw new InputError("name", "This category no longer exists.");
  if (current.slug !== input.slug) assertSlugFree(tx, input.slug, id);
  tx.update(categories).set(input).where(eq(categories.id, id)).run();
  if (current.slug !== input.slug) createRedirect(tx, `/${current.slug}`, `/${input.slug}`);
  const changed = Object.fromEntries(
    (["name", "slug", "description", "navOrder"] as const)
      .filter((field) => current[field] !== input[field])
      .map((field) => [field, [current[field], input[field]]]),
  );
  recordAudit(tx, {
    actorId: actor.id,
    action: "category.updated",
    target: { type: "category", id },
    details: changed,
  });
  return { id, oldSlug: current.slug, newSlug: input.slug };
}
