import { and, eq, ne } from "drizzle-orm";
import { InputError } from "@/lib/input-error";
import { isAllowedSectionSlug } from "@/lib/slugs/reserved-segments";
import type { DbExecutor } from "../open-database";
import { categories, pages } from "../schema";

// Categories and site pages share the first path segment, and the application's own segments
// (admin, tag, feed.xml…) can never be one.
export function assertSectionSlugFree(
  tx: DbExecutor,
  slug: string,
  exceptCategoryId?: number,
): void {
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
