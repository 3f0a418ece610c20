import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ListingPage } from "@/components/listing/listing-page";
import { cacheTags } from "@/db/cache-tags";
import { getCategoryListing } from "@/db/queries/get-category-listing";
import { tagRender } from "@/lib/cache/tag-render";
import { pagePath } from "@/lib/pagination";

export const loadCategoryListing = cache(getCategoryListing);

export function categoryListingMetadata(slug: string, page: number): Metadata {
  const listing = loadCategoryListing(slug, page);
  if (!listing) return {};
  const suffix = page > 1 ? ` (page ${page})` : "";
  return {
    title: `${listing.subject.name}${suffix}`,
    description: listing.subject.description,
    alternates: { canonical: pagePath(`/${slug}`, page) },
  };
}

export async function CategoryListingPage({ slug, page }: { slug: string; page: number }) {
  const listing = loadCategoryListing(slug, page);
  if (!listing) notFound();
  await tagRender(
    cacheTags.category(slug),
    ...listing.items.map((article) => cacheTags.article(article.id)),
  );
  return (
    <ListingPage
      title={listing.subject.name}
      intro={listing.subject.description}
      items={listing.items}
      basePath={`/${slug}`}
      page={listing.page}
      totalPages={listing.totalPages}
      showCategory={false}
    />
  );
}
