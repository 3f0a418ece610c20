import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorListingPage, authorListingMetadata } from "@/components/pages/author-listing-page";
import { isValidSlug } from "@/lib/slugs/is-valid-slug";

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return isValidSlug(slug) ? authorListingMetadata(slug, 1) : {};
}

export default async function AuthorPage({ params }: Props) {
  const { slug } = await params;
  if (!isValidSlug(slug)) notFound();
  return <AuthorListingPage slug={slug} page={1} />;
}
