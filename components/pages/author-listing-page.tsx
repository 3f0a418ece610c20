import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ListingPage } from "@/components/listing/listing-page";
import { cacheTags } from "@/lib/cache/cache-tags";
import { getAuthorListing } from "@/db/queries/get-author-listing";
import { JsonLd } from "@/components/seo/json-ld";
import { tagRender } from "@/server/cache/tag-render";
import { pagePath } from "@/lib/pagination";
import { buildBreadcrumbJsonLd } from "@/lib/seo/build-breadcrumb-json-ld";
import { buildProfilePageJsonLd } from "@/lib/seo/build-listing-json-ld";
import { buildPageMetadata } from "@/lib/seo/build-page-metadata";
import { redirectIfMoved } from "@/server/seo/redirect-if-moved";
import { getSiteIdentity } from "@/lib/seo/site-identity";

const loadAuthorListing = cache(getAuthorListing);

function authorDescription(author: { name: string; bio: string | null }, siteName: string) {
  return author.bio || `Stories by ${author.name} on ${siteName}.`;
}

export function authorListingMetadata(slug: string, page: number): Metadata {
  const listing = loadAuthorListing(slug, page);
  if (!listing) return {};
  const site = getSiteIdentity();
  return buildPageMetadata(site, {
    title: `${listing.subject.name}${page > 1 ? ` (page ${page})` : ""}`,
    description: authorDescription(listing.subject, site.name),
    path: pagePath(`/author/${slug}`, page),
    image: listing.items[0]?.hero,
    feed: { path: `/author/${slug}/feed.xml`, title: `${site.name}: ${listing.subject.name}` },
  });
}

export async function AuthorListingPage({ slug, page }: { slug: string; page: number }) {
  const listing = loadAuthorListing(slug, page);
  if (!listing) {
    const moved = redirectIfMoved(pagePath(`/author/${slug}`, page));
    if (moved) await moved;
    notFound();
  }
  await tagRender(cacheTags.author(slug), ...listing.items.map((a) => cacheTags.article(a.id)));
  const { name, jobTitle, bio } = listing.subject;
  const site = getSiteIdentity();
  return (
    <>
      <JsonLd
        data={[
          buildProfilePageJsonLd(site, {
            path: pagePath(`/author/${slug}`, page),
            authorPath: `/author/${slug}`,
            name,
            jobTitle,
            description: authorDescription(listing.subject, site.name),
          }),
          buildBreadcrumbJsonLd(site, [{ name, path: `/author/${slug}` }]),
        ]}
      />
      <ListingPage
        kicker={jobTitle ?? "Author"}
        title={name}
        intro={page === 1 && bio ? <p>{bio}</p> : undefined}
        items={listing.items}
        basePath={`/author/${slug}`}
        page={listing.page}
        totalPages={listing.totalPages}
      />
    </>
  );
}
