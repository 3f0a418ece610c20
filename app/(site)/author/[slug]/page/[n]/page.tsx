import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { AuthorListingPage, authorListingMetadata } from "@/components/pages/author-listing-page";
import { parsePageNumber } from "@/lib/pagination";
import { isValidSlug } from "@/lib/slugs/is-valid-slug";

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  const page = parsePageNumber(n);
  return page && isValidSlug(slug) ? authorListingMetadata(slug, page) : {};
}

export default async function AuthorListingPageRoute({ params }: Props) {
  const { slug, n } = await params;
  const page = parsePageNumber(n);
  if (!page || !isValidSlug(slug)) notFound();
  if (page === 1) permanentRedirect(`/author/${slug}`);
  return <AuthorListingPage slug={slug} page={page} />;
}
