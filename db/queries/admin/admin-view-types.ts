import type { ArticleStatus, Role } from "../../schema";

// View models of the newsroom screens.

export type AdminArticleRow = {
  id: number;
  title: string;
  status: ArticleStatus;
  categoryName: string;
  authorNames: string[];
  updatedAt: Date;
  publishAt: Date | null;
  publishedAt: Date | null;
};

export type Dashboard = {
  inReview: AdminArticleRow[];
  scheduled: AdminArticleRow[];
  recentlyPublished: AdminArticleRow[];
  mine: AdminArticleRow[];
  // False for authors and contributors: the review and schedule lists hold only their own.
  showsEveryone: boolean;
};

export type StaffUserRow = {
  id: number;
  name: string;
  email: string;
  slug: string;
  role: Role;
  jobTitle: string | null;
  hasPassword: boolean;
  disabled: boolean;
  lastSignInAt: Date | null;
};

export type StaffUserDetail = StaffUserRow & { bio: string | null; activeSessions: number };

export type AdminCategoryRow = {
  id: number;
  slug: string;
  name: string;
  description: string;
  navOrder: number;
  articleCount: number;
};

export type AdminTagRow = { id: number; slug: string; name: string; articleCount: number };

export type AuditRow = {
  id: number;
  at: Date;
  action: string;
  actorName: string | null;
  targetType: string | null;
  targetId: number | null;
  targetLabel: string | null;
  details: Record<string, unknown> | null;
};
