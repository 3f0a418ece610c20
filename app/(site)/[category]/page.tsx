import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { categoryListing } from "@/components/pages/category-listing";
import {
  SubjectListingPage,
  subjectListingMetadata,
} from "@/components/pages/subject-listing-page";
import { SitePageView } from "@/components/pages/site-page-view";
import { DataSaverLink } from "@/components/lite/data-saver-link";
import { cacheTags } from "@/lib/cache/cache-tags";
import { getSitePage } from "@/db/queries/get-site-page";
import { tagRender } from "@/server/cache/tag-render";
import { buildPageMetadata } from "@/lib/seo/build-page-metadata";
import { redirectIfMoved } from "@/server/seo/redirect-if-moved";
import { getSiteIdentity } from "@/lib/seo/site-identity";
import { isAllowedSectionSlug } from "@/lib/slugs/reserved-segments";

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ category: string }> };

const loadSitePage = cache(getSitePage);

// The first segment names a category or, failing that, a site page such as /about.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { category: slug } = await params;
  if (!isAllowedSectionSlug(slug)) return {};
  if (categoryListing.load(slug, 1)) return subjectListingMetadata(categoryListing, slug, 1);
  const page = loadSitePage(slug);
  return page
    ? buildPageMetadata(getSiteIdentity(), {
        title: page.title,
        description: page.summary,
        path: `/${page.slug}`,
        feed: { path: "/feed.xml", title: getSiteIdentity().name },
      })
    : {};
}

export default async function SectionPage({ params }: Props) {
  const { category: slug } = await params;
  if (!isAllowedSectionSlug(slug)) notFound();
  if (categoryListing.load(slug, 1)) {
    return <SubjectListingPage kind={categoryListing} slug={slug} page={1} />;
  }
  const page = loadSitePage(slug);
  if (!page) {
    const moved = redirectIfMoved(`/${slug}`);
    if (moved) await moved;
    notFound();
  }
  await tagRender(cacheTags.pages, cacheTags.page(slug));
  return (
    <>
      <SitePageView page={page} />
      <DataSaverLink path={`/${page.slug}`} className="mx-auto max-w-2xl px-4 text-sm text-muted" />
    </>
  );
}
