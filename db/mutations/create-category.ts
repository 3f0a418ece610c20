import { eq } from "drizzle-orm";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import type { DbExecutor } from "../open-database";
import { categories, redirects } from "../schema";
import { assertSectionSlugFree } from "./assert-section-slug-free";
import { recordAudit } from "./record-audit";

export type CategoryInput = { name: string; slug: string; description: string; navOrder: number };

export type CategoryChange = { id: number; oldSlug: string | null; newSlug: string };

export function createCategory(tx: DbExecutor, actor: Actor, input: CategoryInput): CategoryChange {
  assertCan(actor, "taxonomy:manage");
  assertSectionSlugFree(tx, input.slug);
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
