import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TagListingPage, tagListingMetadata } from "@/components/pages/tag-listing-page";
import { isValidSlug } from "@/lib/slugs/is-valid-slug";

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return isValidSlug(slug) ? tagListingMetadata(slug, 1) : {};
}

export default async function TagPage({ params }: Props) {
  const { slug } = await params;
  if (!isValidSlug(slug)) notFound();
  return <TagListingPage slug={slug} page={1} />;
}
