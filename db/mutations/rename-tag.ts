import { and, eq, ne } from "drizzle-orm";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import { InputError } from "@/lib/input-error";
import type { DbExecutor } from "../open-database";
import { getPublishedArticleIdsWithTag } from "../queries/admin/get-published-article-ids-with-tag";
import { getTagForChange } from "../queries/admin/get-tag-for-change";
import { tags } from "../schema";
import { createRedirect } from "./create-redirect";
import { recordAudit } from "./record-audit";
import { syncSearchEntry } from "./sync-search-entry";

export type TagChange = {
  slugs: string[];
  // Published articles whose pages list the tag.
  articleIds: number[];
};

// The tag's name is part of the search index of every published article carrying it.
export function renameTag(
  tx: DbExecutor,
  actor: Actor,
  id: number,
  input: { name: string; slug: string },
): TagChange {
  assertCan(actor, "taxonomy:manage");
  const tag = getTagForChange(tx, id, "name");
  if (input.slug !== tag.slug) {
    const taken = tx
      .select({ id: tags.id })
      .from(tags)
      .where(and(eq(tags.slug, input.slug), ne(tags.id, id)))
      .get();
    if (taken) {
      throw new InputError("slug", "Another tag has this address. Merge the two tags instead.");
    }
  }
  tx.update(tags).set(input).where(eq(tags.id, id)).run();
  if (input.slug !== tag.slug) createRedirect(tx, `/tag/${tag.slug}`, `/tag/${input.slug}`);
  const articleIds = getPublishedArticleIdsWithTag(tx, id);
  if (input.name !== tag.name) for (const articleId of articleIds) syncSearchEntry(tx, articleId);
  recordAudit(tx, {
    actorId: actor.id,
    action: "tag.renamed",
    target: { type: "tag", id },
    details: {
      ...(tag.name !== input.name ? { name: [tag.name, input.name] } : {}),
      ...(tag.slug !== input.slug ? { slug: [tag.slug, input.slug] } : {}),
    },
  });
  return { slugs: [tag.slug, input.slug], articleIds };
}
