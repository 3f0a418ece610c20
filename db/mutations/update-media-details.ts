import { and, eq } from "drizzle-orm";
import { cacheTags } from "@/lib/cache/cache-tags";
import { ArticleValidationError } from "@/lib/articles/article-errors";
import { parseArticleRequest } from "@/lib/articles/parse-article-request";
import { formId } from "@/lib/articles/form-coercions";
import { PermissionDeniedError } from "@/lib/auth/assert-can";
import { canDo, type Actor } from "@/lib/auth/permissions";
import { mediaDetailsSchema } from "@/lib/media/media-details-schema";
import { toMediaItem, type MediaItem } from "@/lib/media/media-item";
import type { GazetiDatabase } from "../open-database";
import { articles, media } from "../schema";
import { recordAudit } from "./record-audit";

const requestSchema = mediaDetailsSchema.extend({ mediaId: formId });

// Alt text, caption and credit of a library image: editors may change any image's, everyone
// else the images they uploaded. Live stories showing it as their hero are refreshed.
export function updateMediaDetails(
  db: GazetiDatabase,
  actor: Actor,
  request: unknown,
  options: { now?: Date } = {},
): { item: MediaItem; cacheTags: string[] } {
  const { mediaId, ...details } = parseArticleRequest(requestSchema, request);
  const now = options.now ?? new Date();
  return db.transaction(
    (tx) => {
      const existing = tx.select().from(media).where(eq(media.id, mediaId)).get();
      if (!existing)
        throw new ArticleValidationError({}, ["That image is no longer in the library"]);
      const uploadedByActor = canDo(actor, "media:upload") && existing.uploadedById === actor.id;
      if (!canDo(actor, "media:edit") && !uploadedByActor) {
        throw new PermissionDeniedError(`edit media ${mediaId}`);
      }
      const row = tx.update(media).set(details).where(eq(media.id, mediaId)).returning().get();
      recordAudit(tx, {
        actorId: actor.id,
        action: "media.updated",
        target: { type: "media", id: mediaId },
        details: { alt: details.alt },
        at: now,
      });
      const showing = tx
        .select({ id: articles.id })
        .from(articles)
        .where(and(eq(articles.heroMediaId, mediaId), eq(articles.status, "published")))
        .all();
      return { item: toMediaItem(row), cacheTags: showing.map((a) => cacheTags.article(a.id)) };
    },
    { behavior: "immediate" },
  );
}
