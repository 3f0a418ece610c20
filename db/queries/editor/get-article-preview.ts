import "server-only";
import { eq, inArray } from "drizzle-orm";
import { parseNairobiLocalTime } from "@/lib/articles/parse-nairobi-local-time";
import { slugify } from "@/lib/articles/slugify";
import type { Actor } from "@/lib/auth/permissions";
import { bodyToPlainText } from "@/lib/body/body-to-plain-text";
import { readingTime } from "@/lib/body/reading-time";
import { getDb } from "../../client";
import { getTagForEntry } from "../publishing/get-tag-for-entry";
import type { DbExecutor } from "../../open-database";
import { categories, media, tags, users, type ArticleStatus } from "../../schema";
import { getRelatedArticles } from "../get-related-articles";
import type { ArticleView, TagRef } from "../view-types";
import { getArticleForEditor } from "./get-article-for-editor";

export type ArticlePreview = {
  article: ArticleView;
  status: ArticleStatus;
  // Whether the preview shows changes not yet saved to the article (a working copy).
  source: "working-copy" | "article";
  // Where readers find the story while it is live.
  livePath: string | null;
};

// A story as readers would see it if it went live now: the working copy when there is one (what
// the editor last autosaved), else the stored article. For staff who may open it in the editor.
export function getArticlePreview(
  actor: Actor,
  articleId: number,
  db: DbExecutor = getDb(),
  now: Date = new Date(),
): ArticlePreview {
  const editor = getArticleForEditor(actor, articleId, db, now);
  const values = editor.values;
  const [storedCategorySlug = ""] = editor.path.split("/").filter(Boolean);
  const category = (values.categoryId === null
    ? undefined
    : db
        .select({ slug: categories.slug, name: categories.name })
        .from(categories)
        .where(eq(categories.id, values.categoryId))
        .get()) ??
    db
      .select({ slug: categories.slug, name: categories.name })
      .from(categories)
      .where(eq(categories.slug, storedCategorySlug))
      .get() ?? { slug: storedCategorySlug, name: storedCategorySlug };

  const authorRows =
    values.authorIds.length === 0
      ? []
      : db
          .select({ id: users.id, slug: users.slug, name: users.name, jobTitle: users.jobTitle })
          .from(users)
          .where(inArray(users.id, values.authorIds))
          .all();
  const authors = values.authorIds.flatMap((id) => {
    const author = authorRows.find((row) => row.id === id);
    return author ? [{ slug: author.slug, name: author.name, jobTitle: author.jobTitle }] : [];
  });

  const found = values.tags.map((entry) => getTagForEntry(db, entry));
  const existingSlugs = found.flatMap((tag) => (tag.kind === "existing" ? [tag.slug] : []));
  const tagNames = new Map(
    existingSlugs.length === 0
      ? []
      : db
          .select({ slug: tags.slug, name: tags.name })
          .from(tags)
          .where(inArray(tags.slug, existingSlugs))
          .all()
          .map((row) => [row.slug, row.name]),
  );
  // New tags show under the name they will be created with.
  const tagRefs: TagRef[] = found.flatMap((tag) => {
    if (tag.kind === "invalid") return [];
    return [
      {
        slug: tag.slug,
        name: tag.kind === "new" ? tag.name : (tagNames.get(tag.slug) ?? tag.slug),
      },
    ];
  });

  const hero =
    values.heroMediaId === null
      ? undefined
      : db.select().from(media).where(eq(media.id, values.heroMediaId)).get();
  const slug = values.slug || slugify(values.title) || "article";
  const publishedAt =
    editor.publishedAt ??
    (values.publishAt ? parseNairobiLocalTime(values.publishAt) : null) ??
    now;
  const { words, minutes } = readingTime(bodyToPlainText(values.body));

  return {
    article: {
      id: editor.id,
      slug,
      path: `/${category.slug}/${slug}`,
      title: values.title || "(untitled)",
      standfirst: values.standfirst,
      category,
      publishedAt,
      readingMinutes: minutes,
      hero: hero
        ? {
            hash: hero.hash,
            width: hero.width,
            height: hero.height,
            alt: hero.alt,
            widths: hero.renditionWidths,
            color: hero.dominantColor,
            caption: values.heroCaption || hero.caption,
            credit: hero.credit,
          }
        : null,
      body: values.body,
      modifiedAt:
        editor.status === "published" && editor.source === "working-copy" ? now : editor.modifiedAt,
      seoTitle: values.seoTitle || null,
      seoDescription: values.seoDescription || null,
      wordCount: words,
      authors,
      tags: tagRefs,
      related: editor.status === "published" ? getRelatedArticles(editor.id, db) : [],
    },
    status: editor.status,
    source: editor.source,
    livePath: editor.status === "published" ? editor.path : null,
  };
}
