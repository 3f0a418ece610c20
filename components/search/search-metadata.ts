import type { Metadata } from "next";
import { parseSearchQuery } from "@/lib/search/parse-search-query";
import type { SearchParams } from "./search-page";

// Result pages are crawlable (their links lead to stories) but never indexed themselves.
export function searchMetadata(searchParams: SearchParams): Metadata {
  const { text } = parseSearchQuery(searchParams.q);
  return {
    title: text ? `Search: ${text}` : "Search",
    robots: { index: false, follow: true },
  };
}
