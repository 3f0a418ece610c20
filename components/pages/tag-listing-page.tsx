import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ListingPage } from "@/components/listing/listing-page";
import { cacheTags } from "@/lib/cache/cache-tags";
import { getTagListing } from "@/db/queries/get-tag-listing";
import { JsonLd } from "@/components/seo/json-ld";
import { tagRender } from "@/server/cache/tag-render";
import { pagePath } from "@/lib/pagination";
import { buildBreadcrumbJsonLd } from "@/lib/seo/build-breadcrumb-json-ld";
import { buildCollectionPageJsonLd } from "@/lib/seo/build-listing-json-ld";
import { buildPageMetadata } from "@/lib/seo/build-page-metadata";
import { redirectIfMoved } from "@/server/seo/redirect-if-moved";
import { getSiteIdentity } from "@/lib/seo/site-identity";

const loadTagListing = cache(getTagListing);

function tagDescription(tag: { name: string; description: string | null }, siteName: string) {
  return tag.description || `Stories tagged ${tag.name} on ${siteName}.`;
}

export function tagListingMetadata(slug: string, page: number): Metadata {
  const listing = loadTagListing(slug, page);
  if (!listing) return {};
  const site = getSiteIdentity();
  return buildPageMetadata(site, {
    title: `${listing.subject.name}${page > 1 ? ` (page ${page})` : ""}`,
    description: tagDescription(listing.subject, site.name),
    path: pagePath(`/tag/${slug}`, page),
    image: listing.items[0]?.hero,
    feed: { path: `/tag/${slug}/feed.xml`, title: `${site.name}: ${listing.subject.name}` },
  });
}

export async function TagListingPage({ slug, page }: { slug: string; page: number }) {
  const listing = loadTagListing(slug, page);
  if (!listing) {
    const moved = redirectIfMoved(pagePath(`/tag/${slug}`, page));
    if (moved) await moved;
    notFound();
  }
  await tagRender(cacheTags.tag(slug), ...listing.items.map((a) => cacheTags.article(a.id)));
  const site = getSiteIdentity();
  return (
    <>
      <JsonLd
        data={[
          buildCollectionPageJsonLd(site, {
            path: pagePath(`/tag/${slug}`, page),
            name: listing.subject.name,
            description: tagDescription(listing.subject, site.name),
            itemPaths: listing.items.map((article) => article.path),
          }),
          buildBreadcrumbJsonLd(site, [{ name: listing.subject.name, path: `/tag/${slug}` }]),
        ]}
      />
      <ListingPage
        kicker="Topic"
        title={listing.subject.name}
        intro={listing.subject.description}
        items={listing.items}
        basePath={`/tag/${slug}`}
        page={listing.page}
        totalPages={listing.totalPages}
      />
    </>
  );
}
