import { organizationId, websiteId } from "./build-organization-json-ld";
import { type JsonLd, SCHEMA_CONTEXT } from "./json-ld-types";
import { absoluteUrl, type SiteIdentity } from "./site-identity";

export type ListingJsonLdInput = {
  path: string;
  name: string;
  description: string;
  // The stories shown on this page of the listing, in order.
  itemPaths: string[];
};

function itemList(site: SiteIdentity, paths: string[]) {
  return {
    "@type": "ItemList",
    itemListElement: paths.map((path, index) => ({
      "@type": "ListItem",
      position: index + 1,
      url: absoluteUrl(site, path),
    })),
  };
}

// Category and tag pages.
export function buildCollectionPageJsonLd(site: SiteIdentity, listing: ListingJsonLdInput): JsonLd {
  const url = absoluteUrl(site, listing.path);
  return {
    "@context": SCHEMA_CONTEXT,
    "@type": "CollectionPage",
    "@id": url,
    url,
    name: listing.name,
    description: listing.description,
    inLanguage: site.language,
    isPartOf: { "@id": websiteId(site) },
    mainEntity: itemList(site, listing.itemPaths),
  };
}

export type ProfileJsonLdInput = Omit<ListingJsonLdInput, "itemPaths"> & {
  authorPath: string;
  jobTitle: string | null;
};

// Author pages: a ProfilePage whose main entity is the journalist, the same Person (same @id and
// url) that articles name as their author.
export function buildProfilePageJsonLd(site: SiteIdentity, profile: ProfileJsonLdInput): JsonLd {
  const url = absoluteUrl(site, profile.path);
  const authorUrl = absoluteUrl(site, profile.authorPath);
  return {
    "@context": SCHEMA_CONTEXT,
    "@type": "ProfilePage",
    "@id": url,
    url,
    name: profile.name,
    description: profile.description,
    inLanguage: site.language,
    isPartOf: { "@id": websiteId(site) },
    mainEntity: {
      "@type": "Person",
      "@id": `${authorUrl}#person`,
      name: profile.name,
      url: authorUrl,
      description: profile.description,
      ...(profile.jobTitle ? { jobTitle: profile.jobTitle } : {}),
      worksFor: { "@id": organizationId(site) },
    },
  };
}
