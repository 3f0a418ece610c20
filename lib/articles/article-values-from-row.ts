import type { ArticleStatus } from "@/lib/articles/article-statuses";
import type { ArticleFormValues } from "./article-form-values";
import { toNairobiLocalTime } from "./to-nairobi-local-time";

export type ArticleRowForValues = {
  title: string;
  slug: string;
  standfirst: string;
  body: unknown;
  status: ArticleStatus;
  categoryId: number;
  heroMediaId: number | null;
  heroCaption: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  featured: boolean;
  breakingUntil: Date | null;
  publishAt: Date | null;
};

// The form values a stored article row stands for. A story that is not live keeps its Breaking
// flag as a set breaking_until (its window starts again when it goes live); a live story is
// breaking only while its window runs.
export function articleValuesFromRow(
  row: ArticleRowForValues,
  tagSlugs: string[],
  authorIds: number[],
  now: Date,
): ArticleFormValues {
  const body =
    row.body && typeof row.body === "object" && !Array.isArray(row.body)
      ? (row.body as Record<string, unknown>)
      : { type: "doc", content: [] };
  return {
    title: row.title,
    slug: row.slug,
    standfirst: row.standfirst,
    body,
    categoryId: row.categoryId,
    tags: tagSlugs,
    authorIds,
    heroMediaId: row.heroMediaId,
    heroCaption: row.heroCaption ?? "",
    seoTitle: row.seoTitle ?? "",
    seoDescription: row.seoDescription ?? "",
    featured: row.featured,
    breaking:
      row.breakingUntil !== null &&
      (row.status !== "published" || row.breakingUntil.getTime() > now.getTime()),
    publishAt: row.publishAt ? toNairobiLocalTime(row.publishAt) : "",
  };
}
