import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SearchPage, type SearchParams } from "@/components/search/search-page";
import { searchMetadata } from "@/components/search/search-metadata";
import { parsePageNumber } from "@/lib/pagination";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ n: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata(await searchParams);
}

// Page 1 lives at /search; /search/page/N carries later pages like every other listing.
export default async function SearchResultsPage({ params, searchParams }: Props) {
  const page = parsePageNumber((await params).n);
  if (page === null || page < 2) notFound();
  return <SearchPage searchParams={await searchParams} page={page} />;
}
