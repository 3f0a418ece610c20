import { and, eq, inArray } from "drizzle-orm";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import { InputError } from "@/lib/input-error";
import type { DbExecutor } from "../open-database";
import { getTagForChange } from "../queries/admin/get-tag-for-change";
import { articleTags, tags } from "../schema";
import { createRedirect } from "./create-redirect";
import { recordAudit } from "./record-audit";
import type { TagChange } from "./rename-tag";
import { syncSearchEntry } from "./sync-search-entry";

// Every article of `sourceId` moves to `targetId` (keeping its place in the article's tag list),
// the source tag is deleted and its address redirects to the target's.
export function mergeTags(
  tx: DbExecutor,
  actor: Actor,
  sourceId: number,
  targetId: number,
): TagChange {
  assertCan(actor, "taxonomy:manage");
  if (sourceId === targetId) throw new InputError("target", "Choose a different tag.");
  const source = getTagForChange(tx, sourceId, "target");
  const target = getTagForChange(tx, targetId, "target");
  const links = tx.select().from(articleTags).where(eq(articleTags.tagId, sourceId)).all();
  const alreadyTagged = new Set(
    links.length === 0
      ? []
      : tx
          .select({ id: articleTags.articleId })
          .from(articleTags)
          .where(
            and(
              eq(articleTags.tagId, targetId),
              inArray(
                articleTags.articleId,
                links.map((link) => link.articleId),
              ),
            ),
          )
          .all()
          .map((row) => row.id),
  );
  for (const link of links) {
    if (alreadyTagged.has(link.articleId)) continue;
    tx.insert(articleTags)
      .values({ ...link, tagId: targetId })
      .run();
  }
  tx.delete(tags).where(eq(tags.id, sourceId)).run();
  createRedirect(tx, `/tag/${source.slug}`, `/tag/${target.slug}`);
  const articleIds = links
    .filter((link) => link.publishedAt !== null)
    .map((link) => link.articleId);
  for (const articleId of articleIds) syncSearchEntry(tx, articleId);
  recordAudit(tx, {
    actorId: actor.id,
    action: "tag.merged",
    target: { type: "tag", id: targetId },
    details: {
      source: { id: sourceId, name: source.name, slug: source.slug },
      target: { name: target.name, slug: target.slug },
      articles: links.length,
    },
  });
  return { slugs: [source.slug, target.slug], articleIds };
}
