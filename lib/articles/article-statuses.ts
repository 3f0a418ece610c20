// An article's states, as the database stores them (docs/decisions/0005; the moves between them
// are in article-moves.ts). No imports, so client components can use them.
export const ARTICLE_STATUSES = [
  "draft",
  "in_review",
  "scheduled",
  "published",
  "unpublished",
  "trashed",
] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
