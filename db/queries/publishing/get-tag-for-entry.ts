import { eq, sql } from "drizzle-orm";
import { slugify } from "@/lib/articles/slugify";
import { isValidSlug } from "@/lib/slugs/is-valid-slug";
import type { DbExecutor } from "../../open-database";
import { tags } from "../../schema";

export type FoundTag =
  | { kind: "existing"; id: number; slug: string }
  | { kind: "new"; slug: string; name: string }
  | { kind: "invalid"; name: string };

// What the editor's tag field means by an entry: an existing tag by slug or by name (any letter
// case), else a new tag named so. "Kenya Elections" finds the tag kenya-elections.
export function getTagForEntry(db: DbExecutor, entry: string): FoundTag {
  const lower = entry.toLowerCase();
  const select = db.select({ id: tags.id, slug: tags.slug }).from(tags);
  const bySlug = isValidSlug(lower) ? select.where(eq(tags.slug, lower)).get() : undefined;
  if (bySlug) return { kind: "existing", ...bySlug };
  const byName = db
    .select({ id: tags.id, slug: tags.slug })
    .from(tags)
    .where(sql`lower(${tags.name}) = ${lower}`)
    .get();
  if (byName) return { kind: "existing", ...byName };
  const slug = slugify(entry);
  if (slug === "") return { kind: "invalid", name: entry };
  const bySlugified = db
    .select({ id: tags.id, slug: tags.slug })
    .from(tags)
    .where(eq(tags.slug, slug))
    .get();
  if (bySlugified) return { kind: "existing", ...bySlugified };
  return { kind: "new", slug, name: entry };
}
