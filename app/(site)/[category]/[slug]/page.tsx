import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ArticleView } from "@/components/article/article-view";
import { cacheTags } from "@/db/cache-tags";
import { getArticleBySlug } from "@/db/queries/get-article-by-slug";
import { tagRender } from "@/lib/cache/tag-render";
import { getConfig } from "@/lib/config";
import { isValidSlug } from "@/lib/slugs/is-valid-slug";

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ category: string; slug: string }> };

const loadArticle = cache(getArticleBySlug);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const article = isValidSlug(slug) ? loadArticle(slug) : null;
  if (!article) return {};
  return {
    title: article.title,
    description: article.standfirst,
    alternates: { canonical: article.path },
  };
}

// Existence and the canonical address are settled before anything renders, so a missing story
// is a real 404 and a story under the wrong section a real 308, on the very first request.
export default async function ArticlePage({ params }: Props) {
  const { category, slug } = await params;
  if (!isValidSlug(slug) || !isValidSlug(category)) notFound();
  const article = loadArticle(slug);
  if (!article) notFound();
  if (article.category.slug !== category) permanentRedirect(article.path);
  await tagRender(
    cacheTags.article(article.id),
    ...article.related.map((related) => cacheTags.article(related.id)),
  );
  return <ArticleView article={article} url={`${getConfig().siteUrl}${article.path}`} />;
}
