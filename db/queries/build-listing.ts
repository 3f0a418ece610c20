import type { DbExecutor } from "../open-database";
import { PAGE_SIZE, pageCount } from "@/lib/pagination";
import { getArticleCardsByIds } from "./get-article-cards-by-ids";
import type { Listing } from "./view-types";

// Shared by every paginated listing: null past the last page (so the route answers 404 before
// rendering); otherwise one page of ids from a covering index, then their cards.
export function buildListing<T>(
  db: DbExecutor,
  subject: T,
  total: number,
  page: number,
  pageOfIds: (limit: number, offset: number) => number[],
): Listing<T> | null {
  const totalPages = pageCount(total);
  if (page > totalPages) return null;
  const ids = pageOfIds(PAGE_SIZE, (page - 1) * PAGE_SIZE);
  return { subject, items: getArticleCardsByIds(ids, db), page, totalPages, total };
}
