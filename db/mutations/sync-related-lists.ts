import { inArray } from "drizzle-orm";
import type { DbExecutor } from "../open-database";
import { getStoredRelatedIds } from "../queries/related/get-stored-related-ids";
import type { RelatedRefresh } from "../queries/related/get-related-refresh-plan";
import { articles } from "../schema";
import { syncRelatedList } from "./sync-related-list";

// The write half of getRelatedRefreshPlan (db/queries/related), inside the publishing
// transaction. Returns the ids of the other articles whose lists changed: their cached pages need
// revalidating. Their editorial modification time is left alone.
export function syncRelatedLists(db: DbExecutor, plan: RelatedRefresh): number[] {
  const changed: number[] = [];
  plan.forEach((entry, index) => {
    const before = getStoredRelatedIds(db, entry.articleId).join(",");
    syncRelatedList(db, entry.articleId, entry.ranked);
    const after = getStoredRelatedIds(db, entry.articleId).join(",");
    if (index > 0 && after !== before) changed.push(entry.articleId);
  });
  if (changed.length > 0) {
    db.update(articles).set({ updatedAt: new Date() }).where(inArray(articles.id, changed)).run();
  }
  return changed;
}
