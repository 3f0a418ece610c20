import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ListingPage } from "@/components/listing/listing-page";
import { cacheTags } from "@/db/cache-tags";
import { getTagListing } from "@/db/queries/get-tag-listing";
import { tagRender } from "@/lib/cache/tag-render";
import { pagePath } from "@/lib/pagination";

const loadTagListing = cache(getTagListing);

export function tagListingMetadata(slug: string, page: number): Metadata {
  const listing = loadTagListing(slug, page);
  if (!listing) return {};
  return {
    title: `${listing.subject.name}${page > 1 ? ` (page ${page})` : ""}`,
    description: listing.subject.description ?? `Stories tagged ${listing.subject.name} on Gazeti.`,
    alternates: { canonical: pagePath(`/tag/${slug}`, page) },
  };
}

export async function TagListingPage({ slug, page }: { slug: string; page: number }) {
  const listing = loadTagListing(slug, page);
  if (!listing) notFound();
  await tagRender(cacheTags.tag(slug), ...listing.items.map((a) => cacheTags.article(a.id)));
  return (
    <ListingPage
      kicker="Topic"
      title={listing.subject.name}
      intro={listing.subject.description}
      items={listing.items}
      basePath={`/tag/${slug}`}
      page={listing.page}
      totalPages={listing.totalPages}
    />
  );
}
