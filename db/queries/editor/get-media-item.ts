import "server-only";
import { eq, inArray } from "drizzle-orm";
import { assertCan } from "@/lib/auth/assert-can";
import { canDo, type Actor } from "@/lib/auth/permissions";
import { toMediaItem, type MediaItem } from "@/lib/media/media-item";
import { getDb } from "../../client";
import type { DbExecutor } from "../../open-database";
import { media, users } from "../../schema";

export type MediaItemDetail = {
  item: MediaItem;
  uploadedBy: string | null;
  uploadedAt: Date;
  // Editors describe any image; everyone else the ones they uploaded (updateMediaDetails).
  canEdit: boolean;
};

export function getMediaItem(
  actor: Actor,
  mediaId: number,
  db: DbExecutor = getDb(),
): MediaItemDetail | null {
  assertCan(actor, "media:upload");
  const row = db.select().from(media).where(eq(media.id, mediaId)).get();
  if (!row) return null;
  const uploader =
    row.uploadedById === null
      ? undefined
      : db.select({ name: users.name }).from(users).where(eq(users.id, row.uploadedById)).get();
  return {
    item: toMediaItem(row),
    uploadedBy: uploader?.name ?? null,
    uploadedAt: row.createdAt,
    canEdit: canDo(actor, "media:edit") || row.uploadedById === actor.id,
  };
}

// Library items by id, in the order asked (the editor's hero image).
export function getMediaItems(
  actor: Actor,
  ids: readonly number[],
  db: DbExecutor = getDb(),
): MediaItem[] {
  assertCan(actor, "media:upload");
  if (ids.length === 0) return [];
  const rows = db
    .select()
    .from(media)
    .where(inArray(media.id, [...ids]))
    .all();
  const byId = new Map(rows.map((row) => [row.id, toMediaItem(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
