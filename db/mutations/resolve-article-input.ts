import { and, eq, inArray, ne } from "drizzle-orm";
import type { ArticleInput } from "@/lib/articles/article-input-schema";
import { ArticleValidationError, type FieldErrors } from "@/lib/articles/article-errors";
import { slugify } from "@/lib/articles/slugify";
import { bodyToPlainText } from "@/lib/body/body-to-plain-text";
import type { SafeBlock } from "@/lib/body/body-types";
import { readingTime } from "@/lib/body/reading-time";
import { walkBody } from "@/lib/body/walk-body";
import type { DbExecutor } from "../open-database";
import { articles, categories, media, tags, users } from "../schema";
import { getFreeArticleSlug } from "../queries/publishing/get-free-article-slug";
import { getTagForEntry } from "../queries/publishing/get-tag-for-entry";

export type ResolvedArticle = {
  input: ArticleInput;
  slug: string;
  categorySlug: string;
  // Null for a tag that does not exist yet and was not created (createTags: false).
  tagIds: (number | null)[];
  tagSlugs: string[];
  // As the form shows them: slugs of existing tags, names of tags still to be created.
  tagValues: string[];
  readingMinutes: number;
  wordCount: number;
};

type Current = { slug: string; publishedAt: Date | null } | null;

const MEDIA_PATH = /^\/media\/([a-f0-9]{24})-/;

function bodyImages(blocks: SafeBlock[]): Extract<SafeBlock, { type: "image" }>[] {
  return blocks.flatMap((block) => {
    switch (block.type) {
      case "image":
        return [block];
      case "blockquote":
      case "pullQuote":
        return bodyImages(block.content);
      case "bulletList":
      case "orderedList":
        return block.items.flatMap(bodyImages);
      default:
        return [];
    }
  });
}

// Checks what the form schema cannot (the database has the category, authors and images; the
// slug is free; every image has alt text) and resolves tags, creating new ones when asked. Every
// problem is collected, so the editor shows them all at once next to their fields.
export function resolveArticleInput(
  db: DbExecutor,
  input: ArticleInput,
  context: { articleId: number | null; current: Current; createTags: boolean },
): ResolvedArticle {
  const errors: FieldErrors = {};
  const fail = (field: keyof ArticleInput, message: string) => {
    (errors[field] ??= []).push(message);
  };

  const category = db
    .select({ slug: categories.slug })
    .from(categories)
    .where(eq(categories.id, input.categoryId!))
    .get();
  if (!category) fail("categoryId", "Choose a category");

  const knownAuthors = new Set(
    db
      .select({ id: users.id })
      .from(users)
      .where(inArray(users.id, input.authorIds))
      .all()
      .map((row) => row.id),
  );
  if (input.authorIds.some((id) => !knownAuthors.has(id))) {
    fail("authorIds", "An author is not a member of staff");
  }

  if (input.heroMediaId !== null) {
    const hero = db
      .select({ alt: media.alt })
      .from(media)
      .where(eq(media.id, input.heroMediaId))
      .get();
    if (!hero) fail("heroMediaId", "That image is no longer in the media library");
    else if (hero.alt.trim() === "") {
      fail("heroMediaId", "Add alt text to this image in the media library before using it");
    }
  }

  const images = bodyImages(walkBody(input.body));
  if (images.some((image) => image.alt.trim() === "")) {
    fail("body", "Every image in the body needs alt text");
  }
  const hashes = [...new Set(images.flatMap((image) => MEDIA_PATH.exec(image.src)?.[1] ?? []))];
  if (hashes.length > 0) {
    const known = db
      .select({ hash: media.hash })
      .from(media)
      .where(inArray(media.hash, hashes))
      .all().length;
    if (known !== hashes.length) fail("body", "An image in the body is not in the media library");
  }

  let slug: string;
  if (input.slug !== "") {
    slug = input.slug;
    const taken = db
      .select({ id: articles.id })
      .from(articles)
      .where(
        and(
          eq(articles.slug, slug),
          context.articleId === null ? undefined : ne(articles.id, context.articleId),
        ),
      )
      .get();
    if (taken) fail("slug", "Another article already uses this slug");
  } else if (context.current?.publishedAt) {
    // A story that has been public keeps its address unless someone changes it on purpose.
    slug = context.current.slug;
  } else {
    slug = getFreeArticleSlug(db, slugify(input.title) || "article", context.articleId);
  }

  const tagIds: (number | null)[] = [];
  const tagSlugs: string[] = [];
  const tagValues: string[] = [];
  for (const entry of input.tags) {
    const found = getTagForEntry(db, entry);
    if (found.kind === "invalid") {
      fail("tags", `“${entry}” cannot be a tag: use letters or digits`);
      continue;
    }
    if (tagSlugs.includes(found.slug)) continue;
    tagSlugs.push(found.slug);
    tagValues.push(found.kind === "new" && !context.createTags ? found.name : found.slug);
    if (found.kind === "existing") tagIds.push(found.id);
    else if (context.createTags) {
      tagIds.push(
        db
          .insert(tags)
          .values({ slug: found.slug, name: found.name })
          .returning({ id: tags.id })
          .get().id,
      );
    } else tagIds.push(null);
  }

  if (Object.keys(errors).length > 0) throw new ArticleValidationError(errors);
  const { words, minutes } = readingTime(bodyToPlainText(input.body));
  return {
    input,
    slug,
    categorySlug: category!.slug,
    tagIds,
    tagSlugs,
    tagValues,
    readingMinutes: minutes,
    wordCount: words,
  };
}
