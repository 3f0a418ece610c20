import type { ImageView } from "@/db/queries/view-types";
import { imageUrl, type ImageFormat } from "@/lib/media/image-url";

function srcSet(image: ImageView, format: ImageFormat): string {
  return image.widths.map((w) => `${imageUrl(image.hash, w, format)} ${w}w`).join(", ");
}

// A <picture> over the renditions made at upload: AVIF, then WebP, then JPEG; explicit width and
// height so nothing shifts while it loads.
export function ResponsiveImage({
  image,
  sizes,
  priority = false,
  className,
}: {
  image: ImageView;
  sizes: string;
  priority?: boolean;
  className?: string;
}) {
  const fallbackWidth = image.widths.find((w) => w >= 640) ?? image.widths.at(-1) ?? image.width;
  return (
    <picture>
      <source type="image/avif" srcSet={srcSet(image, "avif")} sizes={sizes} />
      <source type="image/webp" srcSet={srcSet(image, "webp")} sizes={sizes} />
      <img
        src={imageUrl(image.hash, fallbackWidth, "jpeg")}
        srcSet={srcSet(image, "jpeg")}
        sizes={sizes}
        alt={image.alt}
        width={image.width}
        height={image.height}
        loading={priority ? "eager" : "lazy"}
        decoding={priority ? "sync" : "async"}
        fetchPriority={priority ? "high" : "auto"}
        className={className}
        style={image.color ? { backgroundColor: image.color } : undefined}
      />
    </picture>
  );
}
