import type { ArticleInput } from "@/lib/articles/article-input-schema";
import type { StatusPatch } from "@/lib/articles/move-status-patch";
import type { DbExecutor } from "../../open-database";
import type { ArticleForWrite } from "../publishing/get-article-for-write";
import { getTagForEntry } from "../publishing/get-tag-for-entry";
import { getRelatedRefreshPlan, type RelatedRefresh } from "./get-related-refresh-plan";
import type { RelatedSource } from "./get-related-source";

// How the article will look to the related-posts ranking once the change commits.
function nextRelatedSource(
  db: DbExecutor,
  current: ArticleForWrite,
  input: ArticleInput | null,
  patch: StatusPatch,
  now: Date,
): RelatedSource {
  return {
    title: input?.title ?? current.title,
    standfirst: input?.standfirst ?? current.standfirst,
    body: input?.body ?? current.body,
    categoryId: input?.categoryId ?? current.categoryId,
    tagIds: input
      ? input.tags.map((entry, index) => {
          const found = getTagForEntry(db, entry);
          // A tag about to be created is shared by no other article yet.
          return found.kind === "existing" ? found.id : -1 - index;
        })
      : current.tagIds,
    publishedAt: patch.publishedAt ?? current.publishedAt ?? now,
  };
}

// The read half of the related lists for a change to the article row: its own list and those of
// the stories it belongs with, as they will be once the change commits. Run before the write
// lock is taken; null when the change does not touch what readers see.
export function getRelatedPlanForChange(
  db: DbExecutor,
  current: ArticleForWrite,
  input: ArticleInput | null,
  patch: StatusPatch,
  now: Date,
): RelatedRefresh | null {
  if ((patch.status ?? current.status) === "published") {
    return getRelatedRefreshPlan(db, current.id, {
      source: nextRelatedSource(db, current, input, patch, now),
    });
  }
  return current.status === "published"
    ? getRelatedRefreshPlan(db, current.id, { removing: true })
    : null;
}
