import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import sharp, { type Sharp } from "sharp";
import { cropFileName, cropRenditions } from "./crop-renditions";
import { IMAGE_FORMATS, RENDITION_WIDTHS, imageUrl, type ImageFormat } from "./image-url";

// Larger images are refused before decoding: a small file can declare enormous dimensions
// (a decompression bomb). 50 megapixels covers the cameras news photographers use.
export const MAX_INPUT_PIXELS = 50_000_000;

export type Renditions = {
  hash: string;
  width: number;
  height: number;
  widths: number[];
  dominantColor: string;
};

const ENCODERS: Record<ImageFormat, (image: Sharp) => Sharp> = {
  avif: (image) => image.avif({ quality: 50, effort: 2 }),
  webp: (image) => image.webp({ quality: 72 }),
  jpeg: (image) => image.jpeg({ quality: 76, mozjpeg: true }),
};

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

// Images are re-encoded once, at upload or seeding, into every width and format the pages use
// and the fixed-ratio crops structured data asks for (lib/media/crop-renditions.ts); sharp drops
// metadata (EXIF, GPS) unless asked to keep it. Files are named by content hash, so they never
// change and are served as immutable; existing files are not encoded again.
export async function writeRenditions(input: Buffer, mediaDir: string): Promise<Renditions> {
  const hash = createHash("sha256").update(input).digest("hex").slice(0, 24);
  const source = sharp(input, { failOn: "error", limitInputPixels: MAX_INPUT_PIXELS }).rotate();
  // Dimensions as displayed: a phone's portrait photo is stored sideways with an EXIF rotation.
  const { width = 0, height = 0 } = (await source.metadata()).autoOrient;
  if (width === 0 || height === 0) throw new Error("Image has no dimensions");
  const widths: number[] = RENDITION_WIDTHS.filter((w) => w <= width);
  if (widths.length === 0) widths.push(width);
  await fs.mkdir(mediaDir, { recursive: true });
  for (const w of widths) {
    for (const format of IMAGE_FORMATS) {
      const file = path.join(mediaDir, path.basename(imageUrl(hash, w, format)));
      if (await exists(file)) continue;
      const resized = source.clone().resize({ width: w, withoutEnlargement: true });
      const tmp = `${file}.${process.pid}.tmp`;
      await ENCODERS[format](resized).toFile(tmp);
      await fs.rename(tmp, file);
    }
  }
  for (const crop of cropRenditions({ hash, width, height })) {
    const file = path.join(mediaDir, cropFileName(hash, crop.ratio));
    if (await exists(file)) continue;
    const cropped = source.clone().resize({
      width: crop.width,
      height: crop.height,
      fit: "cover",
      // Keeps the most eye-catching region (faces, contrast) rather than the plain centre.
      position: sharp.strategy.attention,
    });
    const tmp = `${file}.${process.pid}.tmp`;
    await ENCODERS.jpeg(cropped).toFile(tmp);
    await fs.rename(tmp, file);
  }
  const { dominant } = await source.stats();
  const hex = (n: number) => n.toString(16).padStart(2, "0");
  return {
    hash,
    width,
    height,
    widths,
    dominantColor: `#${hex(dominant.r)}${hex(dominant.g)}${hex(dominant.b)}`,
  };
}
