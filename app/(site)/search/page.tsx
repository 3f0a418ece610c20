import type { Metadata } from "next";
import { SearchPage, type SearchParams } from "@/components/search/search-page";
import { searchMetadata } from "@/components/search/search-metadata";

// Rendered for every request and never cached: results depend on the query and must reflect
// what is published now.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata(await searchParams);
}

export default async function Search({ searchParams }: Props) {
  return <SearchPage searchParams={await searchParams} page={1} />;
}
