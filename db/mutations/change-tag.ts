import { and, eq, inArray, isNotNull, ne } from "drizzle-orm";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import type { DbExecutor } from "../open-database";
import { articleTags, tags } from "../schema";
import { createRedirect } from "./create-redirect";
import { InputError } from "../../lib/input-error";
import { recordAudit } from "./record-audit";
import { syncSearchEntry } from "./sync-search-entry";

export type TagChange = {
  slugs: string[];
  // Published articles whose pages list the tag.
  articleIds: number[];
};

function publishedArticlesWithTag(tx: DbExecutor, tagId: number): number[] {
  return tx
    .select({ id: articleTags.articleId })
    .from(articleTags)
    .where(and(eq(articleTags.tagId, tagId), isNotNull(articleTags.publishedAt)))
    .all()
    .map((row) => row.id);
}

function loadTag(tx: DbExecutor, id: number, field: string) {
  const tag = tx.select().from(tags).where(eq(tags.id, id)).get();
  if (!tag) throw new InputError(field, "This tag no longer exists.");
  return tag;
}

// The tag's name is part of the search index of every published article carrying it.
export function renameTag(
  tx: DbExecutor,
  actor: Actor,
  id: number,
  input: { name: string; slug: string },
): TagChange {
  assertCan(actor, "taxonomy:manage");
  const tag = loadTag(tx, id, "name");
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
  const articleIds = publishedArticlesWithTag(tx, id);
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
  const source = loadTag(tx, sourceId, "target");
  const target = loadTag(tx, targetId, "target");
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
