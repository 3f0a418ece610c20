import { type JsonLd, SCHEMA_CONTEXT } from "./json-ld-types";
import { absoluteUrl, type SiteIdentity } from "./site-identity";

export function organizationId(site: SiteIdentity): string {
  return `${absoluteUrl(site, "/")}#organization`;
}

export function websiteId(site: SiteIdentity): string {
  return `${absoluteUrl(site, "/")}#website`;
}

// The publisher as every article names it: enough for Google's Article rich results (name,
// logo), with an @id that links it to the full description on the home page.
export function buildPublisherJsonLd(site: SiteIdentity): JsonLd {
  return {
    "@type": "NewsMediaOrganization",
    "@id": organizationId(site),
    name: site.name,
    url: absoluteUrl(site, "/"),
    logo: {
      "@type": "ImageObject",
      url: site.logo.url,
      width: site.logo.width,
      height: site.logo.height,
    },
  };
}

// The site's editorial pages, where they exist, each under the schema.org property that means it.
export type PolicyPages = { about?: string; contact?: string; corrections?: string };

export function buildOrganizationJsonLd(site: SiteIdentity, policies: PolicyPages): JsonLd {
  const organization: JsonLd = {
    "@context": SCHEMA_CONTEXT,
    ...buildPublisherJsonLd(site),
    description: site.description,
  };
  if (policies.about) {
    organization.publishingPrinciples = absoluteUrl(site, policies.about);
    organization.masthead = absoluteUrl(site, policies.about);
  }
  if (policies.corrections) {
    organization.correctionsPolicy = absoluteUrl(site, policies.corrections);
  }
  if (policies.contact) {
    organization.actionableFeedbackPolicy = absoluteUrl(site, policies.contact);
    organization.contactPoint = {
      "@type": "ContactPoint",
      contactType: "newsroom",
      url: absoluteUrl(site, policies.contact),
    };
  }
  return organization;
}

// No SearchAction: Google retired the sitelinks search box in November 2024 and nothing else
// reads it.
export function buildWebSiteJsonLd(site: SiteIdentity): JsonLd {
  return {
    "@context": SCHEMA_CONTEXT,
    "@type": "WebSite",
    "@id": websiteId(site),
    name: site.name,
    url: absoluteUrl(site, "/"),
    description: site.description,
    inLanguage: site.language,
    publisher: { "@id": organizationId(site) },
  };
}

// The editorial pages the newsroom keeps, recognised by their slugs.
export function policyPagesFrom(slugs: string[]): PolicyPages {
  const has = (slug: string) => (slugs.includes(slug) ? `/${slug}` : undefined);
  return { about: has("about"), contact: has("contact"), corrections: has("corrections") };
}
