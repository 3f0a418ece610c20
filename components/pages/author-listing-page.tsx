import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ListingPage } from "@/components/listing/listing-page";
import { cacheTags } from "@/db/cache-tags";
import { getAuthorListing } from "@/db/queries/get-author-listing";
import { tagRender } from "@/lib/cache/tag-render";
import { pagePath } from "@/lib/pagination";

const loadAuthorListing = cache(getAuthorListing);

export function authorListingMetadata(slug: string, page: number): Metadata {
  const listing = loadAuthorListing(slug, page);
  if (!listing) return {};
  return {
    title: `${listing.subject.name}${page > 1 ? ` (page ${page})` : ""}`,
    description: listing.subject.bio ?? `Stories by ${listing.subject.name} on Gazeti.`,
    alternates: { canonical: pagePath(`/author/${slug}`, page) },
  };
}

export async function AuthorListingPage({ slug, page }: { slug: string; page: number }) {
  const listing = loadAuthorListing(slug, page);
  if (!listing) notFound();
  await tagRender(cacheTags.author(slug), ...listing.items.map((a) => cacheTags.article(a.id)));
  const { name, jobTitle, bio } = listing.subject;
  return (
    <ListingPage
      kicker={jobTitle ?? "Author"}
      title={name}
      intro={page === 1 && bio ? <p>{bio}</p> : undefined}
      items={listing.items}
      basePath={`/author/${slug}`}
      page={listing.page}
      totalPages={listing.totalPages}
    />
  );
}
