import { PermissionDeniedError } from "@/lib/auth/assert-can";
import {
  canDoToArticle,
  type Actor,
  type ArticleAction,
  type SystemActor,
} from "@/lib/auth/permissions";
import type { ArticleForWrite } from "../queries/publishing/get-article-for-write";

// The role check every article mutation makes itself, whatever the UI offered: a crafted request
// from a contributor to publish is refused here.
export function assertCanDoToArticle(
  actor: Actor | SystemActor,
  action: ArticleAction,
  article: Pick<ArticleForWrite, "id" | "status" | "ownerIds">,
): void {
  if (!canDoToArticle(actor, action, { status: article.status, ownerIds: article.ownerIds })) {
    throw new PermissionDeniedError(`${action} article ${article.id}`);
  }
}
