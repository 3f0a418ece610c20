import type { ArticleStatus } from "@/lib/articles/article-statuses";
import type { Role } from "@/lib/auth/roles";

// Who may do what, as newsrooms know the roles. Pure rules, checked by every server action and
// route handler through the data layer (never only by the proxy or the UI).
export type Actor = { id: number; role: Role };

export type ArticleAccess = {
  status: ArticleStatus;
  // The article's creator and bylined authors: "own" articles for authors and contributors.
  ownerIds: number[];
};

export type ArticleAction =
  | "edit"
  | "submit" // send for review
  | "publish" // publish, schedule, update a published story
  | "unpublish"
  | "trash"
  | "restore";

export type SiteAction =
  | "article:create"
  | "article:list-all"
  | "media:upload"
  | "media:edit"
  | "taxonomy:manage" // categories, tag rename and merge
  | "users:manage"
  | "settings:manage"
  | "audit:view";

const SITE_RULES: Record<SiteAction, readonly Role[]> = {
  "article:create": ["administrator", "editor", "author", "contributor"],
  "article:list-all": ["administrator", "editor"],
  "media:upload": ["administrator", "editor", "author", "contributor"],
  "media:edit": ["administrator", "editor"],
  "taxonomy:manage": ["administrator", "editor"],
  "users:manage": ["administrator"],
  "settings:manage": ["administrator"],
  "audit:view": ["administrator"],
};

export function canDo(actor: Actor, action: SiteAction): boolean {
  return SITE_RULES[action].includes(actor.role);
}

const CONTRIBUTOR_EDITABLE: readonly ArticleStatus[] = ["draft", "in_review"];

export function canDoToArticle(
  actor: Actor,
  action: ArticleAction,
  article: ArticleAccess,
): boolean {
  if (actor.role === "administrator" || actor.role === "editor") return true;
  const own = article.ownerIds.includes(actor.id);
  if (!own) return false;
  if (actor.role === "author") return true;
  // Contributors write and submit their own drafts; publishing is for someone else.
  switch (action) {
    case "edit":
    case "submit":
    case "trash":
      return CONTRIBUTOR_EDITABLE.includes(article.status);
    case "restore":
      return true;
    default:
      return false;
  }
}
