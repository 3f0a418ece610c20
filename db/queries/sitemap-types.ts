import type { SitemapName } from "@/lib/seo/sitemap-chunks";

export type SitemapEntry = {
  path: string;
  lastModified: Date | null;
  // Paths of the images on the page (the hero), for image:image.
  imagePaths: string[];
};

export type SitemapIndexEntry = { name: SitemapName; lastModified: Date | null };
