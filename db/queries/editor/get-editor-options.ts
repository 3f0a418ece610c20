import "server-only";
import { asc, inArray } from "drizzle-orm";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "../../client";
import type { DbExecutor } from "../../open-database";
import { categories, tags, users } from "../../schema";

export type EditorOptions = {
  categories: { id: number; name: string }[];
  // Everyone who can carry a byline; disabled staff only matter when already on a story.
  staff: { id: number; name: string; disabled: boolean }[];
  // Tag names offered while typing (any other name creates a tag on save).
  tagSuggestions: string[];
  // Names of the tags the form holds, by slug.
  tagNames: Record<string, string>;
};

const TAG_SUGGESTIONS = 1000;

// What the editor's choice fields offer.
export function getEditorOptions(
  actor: Actor,
  tagSlugs: readonly string[],
  db: DbExecutor = getDb(),
): EditorOptions {
  assertCan(actor, "article:create");
  const named =
    tagSlugs.length === 0
      ? []
      : db
          .select({ slug: tags.slug, name: tags.name })
          .from(tags)
          .where(inArray(tags.slug, [...tagSlugs]))
          .all();
  return {
    categories: db
      .select({ id: categories.id, name: categories.name })
      .from(categories)
      .orderBy(asc(categories.navOrder), asc(categories.id))
      .all(),
    staff: db
      .select({ id: users.id, name: users.name, disabledAt: users.disabledAt })
      .from(users)
      .orderBy(asc(users.name), asc(users.id))
      .all()
      .map(({ disabledAt, ...user }) => ({ ...user, disabled: disabledAt !== null })),
    tagSuggestions: db
      .select({ name: tags.name })
      .from(tags)
      .orderBy(asc(tags.name))
      .limit(TAG_SUGGESTIONS)
      .all()
      .map((tag) => tag.name),
    tagNames: Object.fromEntries(named.map((tag) => [tag.slug, tag.name])),
  };
}
