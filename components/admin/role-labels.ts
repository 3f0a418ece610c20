import type { Role } from "@/lib/auth/roles";

export const ROLE_LABELS: Record<Role, string> = {
  administrator: "Administrator",
  editor: "Editor",
  author: "Author",
  contributor: "Contributor",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  administrator: "users, settings and everything else",
  editor: "all articles, categories, tags and media; publishes",
  author: "writes and publishes own articles",
  contributor: "writes own drafts and submits them for review",
};
