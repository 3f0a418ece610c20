import { eq } from "drizzle-orm";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import { mediaDetailsSchema } from "@/lib/media/media-details-schema";
import { toMediaItem, type MediaItem } from "@/lib/media/media-item";
import { sniffImageType } from "@/lib/media/sniff-image-type";
import { UploadError } from "@/lib/media/upload-error";
import { MAX_INPUT_PIXELS, writeRenditions, type Renditions } from "@/lib/media/write-renditions";
import type { GazetiDatabase } from "../open-database";
import { media } from "../schema";
import { recordAudit } from "./record-audit";

const NOT_AN_IMAGE =
  "Only JPEG, PNG, WebP, AVIF and GIF images can be uploaded, and this file is not one of them.";

// Adds an uploaded image to the media library: its type is read from its bytes (the name and the
// browser's claim are ignored), it is re-encoded once into every rendition and crop, metadata
// stripped, and stored under its content hash. The same image uploaded twice is one item.
export async function createMedia(
  db: GazetiDatabase,
  actor: Actor,
  upload: { bytes: Buffer; alt?: unknown; caption?: unknown; credit?: unknown },
  options: { mediaDir: string; now?: Date },
): Promise<{ item: MediaItem; created: boolean }> {
  assertCan(actor, "media:upload");
  const details = mediaDetailsSchema.safeParse(upload);
  if (!details.success) throw new UploadError(400, details.error.issues[0]!.message);
  if (upload.bytes.length === 0) throw new UploadError(400, "The file is empty.");
  const mimeType = sniffImageType(upload.bytes);
  if (!mimeType) throw new UploadError(415, NOT_AN_IMAGE);

  let renditions: Renditions;
  try {
    renditions = await writeRenditions(upload.bytes, options.mediaDir);
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      throw new UploadError(
        413,
        `The image is too large: at most ${MAX_INPUT_PIXELS / 1_000_000} megapixels.`,
      );
    }
    throw new UploadError(415, "This image could not be read: the file may be damaged.");
  }

  const now = options.now ?? new Date();
  return db.transaction(
    (tx) => {
      const existing = tx.select().from(media).where(eq(media.hash, renditions.hash)).get();
      if (existing) return { item: toMediaItem(existing), created: false };
      const row = tx
        .insert(media)
        .values({
          hash: renditions.hash,
          mimeType,
          width: renditions.width,
          height: renditions.height,
          renditionWidths: renditions.widths,
          dominantColor: renditions.dominantColor,
          alt: details.data.alt,
          caption: details.data.caption,
          credit: details.data.credit,
          uploadedById: actor.id,
          createdAt: now,
        })
        .returning()
        .get();
      recordAudit(tx, {
        actorId: actor.id,
        action: "media.uploaded",
        target: { type: "media", id: row.id },
        details: { mimeType, width: row.width, height: row.height, bytes: upload.bytes.length },
        at: now,
      });
      return { item: toMediaItem(row), created: true };
    },
    { behavior: "immediate" },
  );
}
