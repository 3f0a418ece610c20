export const IMAGE_FORMATS = ["avif", "webp", "jpeg"] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

// Widths made once at upload (or seeding); pages pick among them with srcset.
export const RENDITION_WIDTHS = [320, 480, 640, 960, 1280] as const;

const EXTENSIONS: Record<ImageFormat, string> = { avif: "avif", webp: "webp", jpeg: "jpg" };

export function imageUrl(hash: string, width: number, format: ImageFormat): string {
  return `/media/${hash}-${width}.${EXTENSIONS[format]}`;
}
