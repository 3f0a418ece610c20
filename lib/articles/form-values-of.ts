import type { ArticleFormValues } from "@/lib/articles/article-form-values";
import { toNairobiLocalTime } from "@/lib/articles/to-nairobi-local-time";
import type { ResolvedArticle } from "@/db/mutations/resolve-article-input";

// The snapshot a revision or working copy keeps of a validated save: the final slug, tags as
// slugs (names for tags not created yet), the publish time as newsroom wall-clock time.
export function formValuesOf(resolved: ResolvedArticle): ArticleFormValues {
  const { input } = resolved;
  return {
    title: input.title,
    slug: resolved.slug,
    standfirst: input.standfirst,
    body: input.body,
    categoryId: input.categoryId!,
    tags: resolved.tagValues,
    authorIds: input.authorIds,
    heroMediaId: input.heroMediaId,
    heroCaption: input.heroCaption ?? "",
    seoTitle: input.seoTitle ?? "",
    seoDescription: input.seoDescription ?? "",
    featured: input.featured,
    breaking: input.breaking,
    publishAt: input.publishAt ? toNairobiLocalTime(input.publishAt) : "",
  };
}
