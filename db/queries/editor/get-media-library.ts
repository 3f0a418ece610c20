import "server-only";
import { desc, lt } from "drizzle-orm";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import { toMediaItem, type MediaItem } from "@/lib/media/media-item";
import { getDb } from "../../client";
import type { DbExecutor } from "../../open-database";
import { media } from "../../schema";

const PAGE_SIZE = 48;

// The media library, newest first, a page at a time (pass the last id seen as `before`).
export function getMediaLibrary(
  actor: Actor,
  options: { before?: number } = {},
  db: DbExecutor = getDb(),
): MediaItem[] {
  assertCan(actor, "media:upload");
  return db
    .select()
    .from(media)
    .where(options.before === undefined ? undefined : lt(media.id, options.before))
    .orderBy(desc(media.id))
    .limit(PAGE_SIZE)
    .all()
    .map(toMediaItem);
}
