import { eq } from "drizzle-orm";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import { InputError } from "@/lib/input-error";
import type { DbExecutor } from "../open-database";
import { categories } from "../schema";
import { assertSectionSlugFree } from "./assert-section-slug-free";
import type { CategoryChange, CategoryInput } from "./create-category";
import { createRedirect } from "./create-redirect";
import { recordAudit } from "./record-audit";

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
  if (current.slug !== input.slug) assertSectionSlugFree(tx, input.slug, id);
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
