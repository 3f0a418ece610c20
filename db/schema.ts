import { sql } from "drizzle-orm";
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { SITEMAP_CHUNK_SIZE } from "@/lib/seo/sitemap-chunks";
import { ARTICLE_STATUSES } from "@/lib/articles/article-statuses";
import { ROLES } from "@/lib/auth/roles";

const timestamp = (name: string) => integer(name, { mode: "timestamp_ms" });
const createdAt = () =>
  timestamp("created_at")
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

// In a module of their own, so that client components can list them without bundling drizzle.
export { ARTICLE_STATUSES, type ArticleStatus } from "@/lib/articles/article-statuses";
export { ROLES, type Role } from "@/lib/auth/roles";

export const media = sqliteTable(
  "media",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    // Content hash of the original upload: rendition files are named after it, so they can be
    // served with immutable cache headers.
    hash: text("hash").notNull(),
    mimeType: text("mime_type").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    // Widths actually produced (never wider than the original), ascending.
    renditionWidths: text("rendition_widths", { mode: "json" }).$type<number[]>().notNull(),
    alt: text("alt").notNull().default(""),
    caption: text("caption"),
    credit: text("credit"),
    dominantColor: text("dominant_color"),
    // Who uploaded it: authors and contributors may edit the details of their own uploads only.
    // No foreign key: users references media (avatars), and the audit log keeps the history.
    uploadedById: integer("uploaded_by_id"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("media_hash_unique").on(t.hash)],
);

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    role: text("role", { enum: ROLES }).notNull().default("author"),
    jobTitle: text("job_title"),
    bio: text("bio"),
    avatarMediaId: integer("avatar_media_id").references(() => media.id, {
      onDelete: "set null",
    }),
    passwordHash: text("password_hash"),
    passwordChangedAt: timestamp("password_changed_at"),
    lastSignInAt: timestamp("last_sign_in_at"),
    disabledAt: timestamp("disabled_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("users_email_unique").on(t.email),
    uniqueIndex("users_slug_unique").on(t.slug),
  ],
);

export const categories = sqliteTable(
  "categories",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    navOrder: integer("nav_order").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("categories_slug_unique").on(t.slug),
    index("categories_nav_order_idx").on(t.navOrder),
  ],
);

export const tags = sqliteTable(
  "tags",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("tags_slug_unique").on(t.slug)],
);

export const articles = sqliteTable(
  "articles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    standfirst: text("standfirst").notNull().default(""),
    // ProseMirror/Tiptap document JSON, rendered by lib/body/render-body-html.ts.
    body: text("body", { mode: "json" }).notNull(),
    status: text("status", { enum: ARTICLE_STATUSES }).notNull().default("draft"),
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id),
    heroMediaId: integer("hero_media_id").references(() => media.id, { onDelete: "set null" }),
    // Per-article caption; the media item's own caption is the fallback.
    heroCaption: text("hero_caption"),
    readingMinutes: integer("reading_minutes").notNull().default(1),
    wordCount: integer("word_count").notNull().default(0),
    featured: integer("featured", { mode: "boolean" }).notNull().default(false),
    seoTitle: text("seo_title"),
    seoDescription: text("seo_description"),
    // Breaking news shows a banner across the public pages until cleared or this time passes.
    breakingUntil: timestamp("breaking_until"),
    createdById: integer("created_by_id").references(() => users.id),
    // Optimistic concurrency: every save says which version it was based on.
    version: integer("version").notNull().default(1),
    // When a scheduled article is due; the scheduler claims rows with status 'scheduled'.
    publishAt: timestamp("publish_at"),
    publishedAt: timestamp("published_at"),
    // When the story last changed in a way readers should be told about (shown as "Updated").
    modifiedAt: timestamp("modified_at"),
    // Any change to the row, editorial or not (related lists, workflow moves).
    updatedAt: timestamp("updated_at")
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    trashedAt: timestamp("trashed_at"),
    // The workflow state to return to when an article is restored from the trash.
    statusBeforeTrash: text("status_before_trash", { enum: ARTICLE_STATUSES }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("articles_slug_unique").on(t.slug),
    index("articles_status_publish_at_idx").on(t.status, t.publishAt),
    index("articles_status_updated_idx").on(t.status, t.updatedAt),
    index("articles_created_by_idx").on(t.createdById, t.updatedAt),
    // Sitemap chunks are id ranges of SITEMAP_CHUNK_SIZE: one seek per chunk for its newest
    // change. The expression must match db/queries/get-sitemap-index.ts for SQLite to use it.
    index("articles_sitemap_chunk_idx").on(
      sql`(${t.id} / ${sql.raw(String(SITEMAP_CHUNK_SIZE))})`,
      t.updatedAt,
    ),
    index("articles_status_published_idx").on(t.status, t.publishedAt, t.id),
    index("articles_category_status_published_idx").on(t.categoryId, t.status, t.publishedAt, t.id),
    // The scheduler looks for expired breaking flags every tick: only the few flagged stories are
    // in this index (without it, every tick read all published stories: 170 ms at 100,000).
    index("articles_breaking_until_idx")
      .on(t.breakingUntil)
      .where(sql`${t.breakingUntil} IS NOT NULL`),
  ],
);

// published_at is copied onto the link rows while the article is published (null otherwise) so
// tag and author listings are one ordered index range instead of a join sorted in a temp B-tree.
export const articleTags = sqliteTable(
  "article_tags",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    tagId: integer("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    publishedAt: timestamp("published_at"),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.tagId] }),
    index("article_tags_tag_published_idx").on(t.tagId, t.publishedAt, t.articleId),
  ],
);

export const articleAuthors = sqliteTable(
  "article_authors",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    position: integer("position").notNull().default(0),
    publishedAt: timestamp("published_at"),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.userId] }),
    index("article_authors_user_published_idx").on(t.userId, t.publishedAt, t.articleId),
  ],
);

// Related posts are computed when an article is published and stored, so rendering an article
// costs one indexed read.
export const relatedArticles = sqliteTable(
  "related_articles",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    relatedId: integer("related_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    score: real("score").notNull(),
    pinned: integer("pinned", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.relatedId] }),
    index("related_articles_article_position_idx").on(t.articleId, t.position),
    index("related_articles_related_idx").on(t.relatedId),
  ],
);

// Short editorial pages (About, Contact, Corrections); they share the first path segment with
// categories, so a slug is unique across both (checked by the mutation layer).
export const pages = sqliteTable(
  "pages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    body: text("body", { mode: "json" }).notNull(),
    footerOrder: integer("footer_order").notNull().default(0),
    updatedAt: timestamp("updated_at")
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [uniqueIndex("pages_slug_unique").on(t.slug)],
);

// Site-wide key/value settings (e.g. whether the demo newsroom is loaded).
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

export const relatedExclusions = sqliteTable(
  "related_exclusions",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    excludedId: integer("excluded_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.excludedId] })],
);

// The editor's copy of a published story: autosave and "Save draft" write here, readers see the
// article row until "Update" copies this over it.
export const articleWorkingCopies = sqliteTable("article_working_copies", {
  articleId: integer("article_id")
    .primaryKey()
    .references(() => articles.id, { onDelete: "cascade" }),
  data: text("data", { mode: "json" }).notNull(),
  baseVersion: integer("base_version").notNull(),
  updatedById: integer("updated_by_id").references(() => users.id),
  updatedAt: timestamp("updated_at")
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
});

export const REVISION_KINDS = [
  "save",
  "autosave",
  "publish",
  "update",
  "restore",
  "conflict",
] as const;

export const articleRevisions = sqliteTable(
  "article_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    kind: text("kind", { enum: REVISION_KINDS }).notNull(),
    // A snapshot of every editable field, as the editor submits them.
    data: text("data", { mode: "json" }).notNull(),
    createdById: integer("created_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("article_revisions_article_idx").on(t.articleId, t.id)],
);

// Old addresses that still work: a changed slug, a renamed category, tag or author.
export const redirects = sqliteTable(
  "redirects",
  {
    fromPath: text("from_path").primaryKey(),
    toPath: text("to_path").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("redirects_to_idx").on(t.toPath)],
);

export const sessions = sqliteTable(
  "sessions",
  {
    // SHA-256 of the token the browser holds: a leaked database cannot be replayed as cookies.
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at").notNull(),
    expiresAt: timestamp("expires_at").notNull(),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

// Sign-in failures per account (and per client address where a trusted proxy gives one).
export const loginThrottles = sqliteTable("login_throttles", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  lockedUntil: timestamp("locked_until"),
  lastFailureAt: timestamp("last_failure_at"),
});

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: createdAt(),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: integer("target_id"),
    details: text("details", { mode: "json" }),
  },
  (t) => [index("audit_log_at_idx").on(t.at), index("audit_log_action_idx").on(t.action, t.at)],
);

// Views counted per article and day (UTC date as YYYY-MM-DD), written in batches.
export const articleViewsDaily = sqliteTable(
  "article_views_daily",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    day: text("day").notNull(),
    views: integer("views").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.day] }),
    index("article_views_daily_day_idx").on(t.day, t.views),
  ],
);
