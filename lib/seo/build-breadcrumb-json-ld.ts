import { type JsonLd, SCHEMA_CONTEXT } from "./json-ld-types";
import { absoluteUrl, type SiteIdentity } from "./site-identity";

export type Crumb = { name: string; path: string };

// Home first, then each level down to the page itself; every item has an absolute URL.
export function buildBreadcrumbJsonLd(site: SiteIdentity, trail: Crumb[]): JsonLd {
  const crumbs = [{ name: "Home", path: "/" }, ...trail];
  return {
    "@context": SCHEMA_CONTEXT,
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(site, crumb.path),
    })),
  };
}
