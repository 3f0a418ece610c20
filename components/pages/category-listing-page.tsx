import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ListingPage } from "@/components/listing/listing-page";
import { cacheTags } from "@/lib/cache/cache-tags";
import { getCategoryListing } from "@/db/queries/get-category-listing";
import { JsonLd } from "@/components/seo/json-ld";
import { tagRender } from "@/server/cache/tag-render";
import { pagePath } from "@/lib/pagination";
import { buildBreadcrumbJsonLd } from "@/lib/seo/build-breadcrumb-json-ld";
import { buildCollectionPageJsonLd } from "@/lib/seo/build-listing-json-ld";
import { buildPageMetadata } from "@/lib/seo/build-page-metadata";
import { redirectIfMoved } from "@/server/seo/redirect-if-moved";
import { getSiteIdentity } from "@/lib/seo/site-identity";

export const loadCategoryListing = cache(getCategoryListing);

export function categoryListingMetadata(slug: string, page: number): Metadata {
  const listing = loadCategoryListing(slug, page);
  if (!listing) return {};
  const suffix = page > 1 ? ` (page ${page})` : "";
  const site = getSiteIdentity();
  return buildPageMetadata(site, {
    title: `${listing.subject.name}${suffix}`,
    description: listing.subject.description || `${listing.subject.name} news from ${site.name}.`,
    path: pagePath(`/${slug}`, page),
    image: listing.items[0]?.hero,
    feed: { path: `/${slug}/feed.xml`, title: `${site.name}: ${listing.subject.name}` },
  });
}

export async function CategoryListingPage({ slug, page }: { slug: string; page: number }) {
  const listing = loadCategoryListing(slug, page);
  if (!listing) {
    const moved = redirectIfMoved(pagePath(`/${slug}`, page));
    if (moved) await moved;
    notFound();
  }
  await tagRender(
    cacheTags.category(slug),
    ...listing.items.map((article) => cacheTags.article(article.id)),
  );
  const site = getSiteIdentity();
  const path = pagePath(`/${slug}`, page);
  return (
    <>
      <JsonLd
        data={[
          buildCollectionPageJsonLd(site, {
            path,
            name: listing.subject.name,
            description: listing.subject.description,
            itemPaths: listing.items.map((article) => article.path),
          }),
          buildBreadcrumbJsonLd(site, [{ name: listing.subject.name, path: `/${slug}` }]),
        ]}
      />
      <ListingPage
        title={listing.subject.name}
        intro={listing.subject.description}
        items={listing.items}
        basePath={`/${slug}`}
        page={listing.page}
        totalPages={listing.totalPages}
        showCategory={false}
      />
    </>
  );
}
