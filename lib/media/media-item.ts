import { cropRenditions, type CropRendition } from "./crop-renditions";
import { imageUrl } from "./image-url";

// An image of the media library as the admin shows and the editor inserts it.
export type MediaItem = {
  id: number;
  hash: string;
  mimeType: string;
  width: number;
  height: number;
  widths: number[];
  alt: string;
  caption: string | null;
  credit: string | null;
  // The largest JPEG rendition: what the editor puts into a body image node's `src`.
  src: string;
  crops: CropRendition[];
};

export function toMediaItem(row: {
  id: number;
  hash: string;
  mimeType: string;
  width: number;
  height: number;
  renditionWidths: number[];
  alt: string;
  caption: string | null;
  credit: string | null;
}): MediaItem {
  const largest = row.renditionWidths.at(-1) ?? row.width;
  return {
    id: row.id,
    hash: row.hash,
    mimeType: row.mimeType,
    width: row.width,
    height: row.height,
    widths: row.renditionWidths,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    src: imageUrl(row.hash, largest, "jpeg"),
    crops: cropRenditions(row),
  };
}
