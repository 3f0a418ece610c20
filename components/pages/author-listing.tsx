import { cache } from "react";
import { getAuthorListing, type AuthorSubject } from "@/db/queries/get-author-listing";
import { cacheTags } from "@/lib/cache/cache-tags";
import { buildProfilePageJsonLd } from "@/lib/seo/build-listing-json-ld";
import type { ListingKind } from "./subject-listing-page";

const description = (author: AuthorSubject, site: { name: string }) =>
  author.bio || `Stories by ${author.name} on ${site.name}.`;

// A journalist's page: /author/{slug}, their bio on the first page.
export const authorListing: ListingKind<AuthorSubject> = {
  basePath: (slug) => `/author/${slug}`,
  load: cache(getAuthorListing),
  cacheTag: cacheTags.author,
  description,
  structuredData: (site, listing, path) =>
    buildProfilePageJsonLd(site, {
      path,
      authorPath: `/author/${listing.subject.slug}`,
      name: listing.subject.name,
      jobTitle: listing.subject.jobTitle,
      description: description(listing.subject, site),
    }),
  heading: ({ subject, page }) => ({
    kicker: subject.jobTitle ?? "Author",
    intro: page === 1 && subject.bio ? <p>{subject.bio}</p> : undefined,
  }),
};
