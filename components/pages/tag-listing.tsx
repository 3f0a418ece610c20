import { cache } from "react";
import { getTagListing, type TagSubject } from "@/db/queries/get-tag-listing";
import { cacheTags } from "@/lib/cache/cache-tags";
import { buildCollectionPageJsonLd } from "@/lib/seo/build-listing-json-ld";
import type { ListingKind } from "./subject-listing-page";

const description = (tag: TagSubject, site: { name: string }) =>
  tag.description || `Stories tagged ${tag.name} on ${site.name}.`;

// A topic page: /tag/{slug}.
export const tagListing: ListingKind<TagSubject> = {
  basePath: (slug) => `/tag/${slug}`,
  load: cache(getTagListing),
  cacheTag: cacheTags.tag,
  description,
  structuredData: (site, listing, path) =>
    buildCollectionPageJsonLd(site, {
      path,
      name: listing.subject.name,
      description: description(listing.subject, site),
      itemPaths: listing.items.map((article) => article.path),
    }),
  heading: (listing) => ({ kicker: "Topic", intro: listing.subject.description }),
};
