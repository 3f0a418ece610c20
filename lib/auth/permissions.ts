import type { ArticleStatus } from "@/lib/articles/article-statuses";
import type { Role } from "@/lib/auth/roles";

// Who may do what, as newsrooms know the roles. Pure rules, checked by every server action and
// route handler through the data layer (never only by the proxy or the UI).
export type Actor = { id: number; role: Role };

// Work nobody starts by hand: the scheduler publishing a story at its time. It has no user row
// (audit entries and revisions name no one) and may make only the moves named here.
export type SystemActor = { id: null; role: "system"; name: "scheduler" };
export const SCHEDULER: SystemActor = { id: null, role: "system", name: "scheduler" };

export type ArticleAccess = {
  status: ArticleStatus;
  // The article's creator and bylined authors: "own" articles for authors and contributors.
  ownerIds: number[];
};

export const ARTICLE_ACTIONS = [
  "edit",
  "submit", // send for review
  "publish", // publish, schedule, update a published story
  "unpublish",
  "trash",
  "restore",
  "publish-due", // a scheduled story going live at its time: the scheduler's only
] as const;
export type ArticleAction = (typeof ARTICLE_ACTIONS)[number];

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

const SYSTEM_RULES: Record<SystemActor["name"], readonly ArticleAction[]> = {
  scheduler: ["publish-due"],
};

export function canDo(actor: Actor, action: SiteAction): boolean {
  return SITE_RULES[action].includes(actor.role);
}

const CONTRIBUTOR_EDITABLE: readonly ArticleStatus[] = ["draft", "in_review"];

export function canDoToArticle(
  actor: Actor | SystemActor,
  action: ArticleAction,
  article: ArticleAccess,
): boolean {
  if (actor.role === "system") return SYSTEM_RULES[actor.name].includes(action);
  if (action === "publish-due") return false;
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

// Every article action at once, for the screens that decide which controls to offer.
export function articlePermissions(
  actor: Actor | SystemActor,
  article: ArticleAccess,
): Record<ArticleAction, boolean> {
  return Object.fromEntries(
    ARTICLE_ACTIONS.map((action) => [action, canDoToArticle(actor, action, article)]),
  ) as Record<ArticleAction, boolean>;
}
