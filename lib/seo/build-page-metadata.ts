import type { Metadata } from "next";
import type { ImageView } from "@/db/queries/view-types";
import { toNairobiIso } from "@/lib/dates/format-nairobi";
import { imageUrl } from "@/lib/media/image-url";
import { absoluteUrl, type SiteIdentity } from "./site-identity";

// Every public page opts in to large image previews (Discover, Top stories); search results and
// error pages say noindex instead.
export const INDEXABLE_ROBOTS = {
  index: true,
  follow: true,
  "max-image-preview": "large",
  "max-snippet": -1,
  "max-video-preview": -1,
} as const satisfies Metadata["robots"];

export const NOINDEX_ROBOTS = { index: false, follow: true } as const satisfies Metadata["robots"];

export type PageMetadataInput = {
  // The page's own title; the root layout's template adds the site name. `absoluteTitle` is used
  // as it is (the home page).
  title: string;
  absoluteTitle?: boolean;
  description: string;
  path: string;
  image?: ImageView | null;
  feed?: { path: string; title: string };
  noindex?: boolean;
  article?: {
    publishedAt: Date;
    modifiedAt: Date;
    section: string;
    tags: string[];
    authorPaths: string[];
  };
};

// The largest JPEG made at upload, with its real size: every social network reads JPEG, and
// og:image:width/height let them lay out the card before fetching the image.
export function socialImage(site: SiteIdentity, image: ImageView) {
  const width = Math.max(...image.widths, 0) || image.width;
  return {
    url: absoluteUrl(site, imageUrl(image.hash, width, "jpeg")),
    width,
    height: Math.round((image.height * width) / image.width),
    alt: image.alt,
  };
}

export function buildPageMetadata(site: SiteIdentity, page: PageMetadataInput): Metadata {
  const url = absoluteUrl(site, page.path);
  const image = page.image ? socialImage(site, page.image) : null;
  const openGraphBase = {
    title: page.title,
    description: page.description,
    url,
    siteName: site.name,
    locale: site.language.replace("-", "_"),
    ...(image ? { images: [image] } : {}),
  };
  return {
    title: page.absoluteTitle ? { absolute: page.title } : page.title,
    description: page.description,
    alternates: {
      canonical: url,
      ...(page.feed
        ? {
            types: {
              "application/rss+xml": [
                { url: absoluteUrl(site, page.feed.path), title: page.feed.title },
              ],
            },
          }
        : {}),
    },
    robots: page.noindex ? NOINDEX_ROBOTS : INDEXABLE_ROBOTS,
    openGraph: page.article
      ? {
          ...openGraphBase,
          type: "article",
          publishedTime: toNairobiIso(page.article.publishedAt),
          modifiedTime: toNairobiIso(page.article.modifiedAt),
          section: page.article.section,
          tags: page.article.tags,
          authors: page.article.authorPaths.map((path) => absoluteUrl(site, path)),
        }
      : { ...openGraphBase, type: "website" },
    twitter: {
      card: "summary_large_image",
      title: page.title,
      description: page.description,
      ...(image ? { images: [{ url: image.url, alt: image.alt }] } : {}),
    },
  };
}
