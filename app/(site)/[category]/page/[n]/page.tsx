import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { categoryListing } from "@/components/pages/category-listing";
import {
  SubjectListingPage,
  subjectListingMetadata,
} from "@/components/pages/subject-listing-page";
import { cacheTags } from "@/lib/cache/cache-tags";
import { tagRender } from "@/server/cache/tag-render";
import { parsePageNumber } from "@/lib/pagination";
import { isAllowedSectionSlug } from "@/lib/slugs/reserved-segments";

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ category: string; n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { category, n } = await params;
  const page = parsePageNumber(n);
  if (!page || !isAllowedSectionSlug(category)) return {};
  return subjectListingMetadata(categoryListing, category, page);
}

export default async function CategoryPage({ params }: Props) {
  const { category, n } = await params;
  const page = parsePageNumber(n);
  if (!page || !isAllowedSectionSlug(category)) notFound();
  if (page === 1) {
    if (!categoryListing.load(category, 1)) notFound();
    await tagRender(cacheTags.category(category));
    permanentRedirect(`/${category}`);
  }
  return <SubjectListingPage kind={categoryListing} slug={category} page={page} />;
}
