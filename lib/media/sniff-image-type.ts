export const UPLOAD_TYPES = [
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/avif",
  "image/gif",
] as const;
export type UploadType = (typeof UPLOAD_TYPES)[number];

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

const AVIF_BRANDS = new Set(["avif", "avis"]);

// The image type from the file's first bytes, never from its name or the browser's claim: an
// HTML page or an SVG renamed photo.jpg is not an image here. Null for anything else.
export function sniffImageType(bytes: Uint8Array): UploadType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  const gif = ascii(bytes, 0, 6);
  if (gif === "GIF87a" || gif === "GIF89a") return "image/gif";
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WEBP") {
    return "image/webp";
  }
  // ISO-BMFF: a box of `size` bytes whose type is "ftyp", naming a major brand and compatible
  // brands; AVIF files carry "avif" (still) or "avis" (sequence) among them.
  if (bytes.length >= 16 && ascii(bytes, 4, 4) === "ftyp") {
    const size = (bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!;
    const end = Math.min(size >>> 0, bytes.length, 256);
    if (AVIF_BRANDS.has(ascii(bytes, 8, 4))) return "image/avif";
    for (let offset = 16; offset + 4 <= end; offset += 4) {
      if (AVIF_BRANDS.has(ascii(bytes, offset, 4))) return "image/avif";
    }
  }
  return null;
}
