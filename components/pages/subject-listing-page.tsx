import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ListingPage } from "@/components/listing/listing-page";
import { DataSaverLink } from "@/components/lite/data-saver-link";
import { JsonLd } from "@/components/seo/json-ld";
import type { ArticleCard } from "@/db/queries/view-types";
import { cacheTags } from "@/lib/cache/cache-tags";
import { pagePath } from "@/lib/pagination";
import { buildBreadcrumbJsonLd } from "@/lib/seo/build-breadcrumb-json-ld";
import { buildPageMetadata } from "@/lib/seo/build-page-metadata";
import type { JsonLd as JsonLdData } from "@/lib/seo/json-ld-types";
import { getSiteIdentity, type SiteIdentity } from "@/lib/seo/site-identity";
import { tagRender } from "@/server/cache/tag-render";
import { redirectIfMoved } from "@/server/seo/redirect-if-moved";

export type SubjectListing<S extends { name: string }> = {
  subject: S;
  items: ArticleCard[];
  page: number;
  totalPages: number;
};

// What differs between a section, a tag and an author page; the rest of the page (metadata, the
// 308 of a moved address, cache tags, structured data, the list itself) is shared.
export type ListingKind<S extends { name: string }> = {
  // The listing's address: /news, /tag/budget, /author/amina-otieno.
  basePath: (slug: string) => string;
  // Loads one page; null when the subject does not exist (or the page is past the end).
  load: (slug: string, page: number) => SubjectListing<S> | null;
  cacheTag: (slug: string) => string;
  // For search engines and link previews.
  description: (subject: S, site: SiteIdentity) => string;
  structuredData: (site: SiteIdentity, listing: SubjectListing<S>, path: string) => JsonLdData;
  heading: (listing: SubjectListing<S>) => {
    kicker?: string;
    intro?: ReactNode;
    showCategory?: boolean;
  };
};

export function subjectListingMetadata<S extends { name: string }>(
  kind: ListingKind<S>,
  slug: string,
  page: number,
): Metadata {
  const listing = kind.load(slug, page);
  if (!listing) return {};
  const site = getSiteIdentity();
  const basePath = kind.basePath(slug);
  return buildPageMetadata(site, {
    title: `${listing.subject.name}${page > 1 ? ` (page ${page})` : ""}`,
    description: kind.description(listing.subject, site),
    path: pagePath(basePath, page),
    image: listing.items[0]?.hero,
    feed: { path: `${basePath}/feed.xml`, title: `${site.name}: ${listing.subject.name}` },
  });
}

export async function SubjectListingPage<S extends { name: string }>({
  kind,
  slug,
  page,
}: {
  kind: ListingKind<S>;
  slug: string;
  page: number;
}) {
  const basePath = kind.basePath(slug);
  const path = pagePath(basePath, page);
  const listing = kind.load(slug, page);
  if (!listing) {
    const moved = redirectIfMoved(path);
    if (moved) await moved;
    notFound();
  }
  await tagRender(kind.cacheTag(slug), ...listing.items.map((a) => cacheTags.article(a.id)));
  const site = getSiteIdentity();
  return (
    <>
      <JsonLd
        data={[
          kind.structuredData(site, listing, path),
          buildBreadcrumbJsonLd(site, [{ name: listing.subject.name, path: basePath }]),
        ]}
      />
      <ListingPage
        {...kind.heading(listing)}
        title={listing.subject.name}
        items={listing.items}
        basePath={basePath}
        page={listing.page}
        totalPages={listing.totalPages}
      />
      <DataSaverLink path={path} className="mx-auto max-w-6xl px-4 text-sm text-muted" />
    </>
  );
}
