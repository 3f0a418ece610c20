// Roles and article states: values the database stores and the newsroom's forms offer. No
// imports, so client components can use them without pulling the schema (and drizzle) into the
// browser.
export const ROLES = ["administrator", "editor", "author", "contributor"] as const;
export type Role = (typeof ROLES)[number];

export const ARTICLE_STATUSES = [
  "draft",
  "in_review",
  "scheduled",
  "published",
  "unpublished",
  "trashed",
] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
