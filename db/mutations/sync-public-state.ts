import { eq } from "drizzle-orm";
import type { DbExecutor } from "../open-database";
import type { RelatedRefresh } from "../queries/related/get-related-refresh-plan";
import { articles, categories, redirects } from "../schema";
import { syncPublishedCopies } from "./sync-published-copies";
import { syncRelatedLists } from "./sync-related-lists";
import { syncSearchEntry } from "./sync-search-entry";

// The go-live step: everything readers see of a story besides its row, brought in step with the
// row as it now stands, inside the caller's transaction. A live story's address is its own again
// (a redirect away from it is dropped); the listing copies of published_at, the search entry and
// the related lists follow its status. Every change to an article row takes this step
// (commitArticleChange, for editors, the scheduler and any importer); the demo seed and test
// fixtures, which insert rows directly, take it too, with `related: null` when they compute the
// related lists in bulk afterwards. Returns the other articles whose related lists changed.
export function syncPublicState(
  tx: DbExecutor,
  articleId: number,
  options: { related: RelatedRefresh | null },
): number[] {
  const row = tx
    .select({ status: articles.status, slug: articles.slug, categorySlug: categories.slug })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(eq(articles.id, articleId))
    .get();
  if (row?.status === "published") {
    tx.delete(redirects)
      .where(eq(redirects.fromPath, `/${row.categorySlug}/${row.slug}`))
      .run();
  }
  syncPublishedCopies(tx, articleId);
  syncSearchEntry(tx, articleId);
  return options.related ? syncRelatedLists(tx, options.related) : [];
}
