import { cache } from "react";
import { getCategoryListing, type CategorySubject } from "@/db/queries/get-category-listing";
import { cacheTags } from "@/lib/cache/cache-tags";
import { buildCollectionPageJsonLd } from "@/lib/seo/build-listing-json-ld";
import type { ListingKind } from "./subject-listing-page";

// A section: /{slug}. Its stories carry no section label (they are all in it).
export const categoryListing: ListingKind<CategorySubject> = {
  basePath: (slug) => `/${slug}`,
  load: cache(getCategoryListing),
  cacheTag: cacheTags.category,
  description: (category, site) =>
    category.description || `${category.name} news from ${site.name}.`,
  structuredData: (site, listing, path) =>
    buildCollectionPageJsonLd(site, {
      path,
      name: listing.subject.name,
      description: listing.subject.description,
      itemPaths: listing.items.map((article) => article.path),
    }),
  heading: (listing) => ({ intro: listing.subject.description, showCategory: false }),
};
