import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ArticleView } from "@/components/article/article-view";
import { DataSaverLink } from "@/components/lite/data-saver-link";
import { MostRead } from "@/components/most-read/most-read";
import { ViewBeacon } from "@/components/most-read/view-beacon";
import { JsonLd } from "@/components/seo/json-ld";
import { cacheTags } from "@/lib/cache/cache-tags";
import { getArticleBySlug } from "@/db/queries/get-article-by-slug";
import { tagRender } from "@/server/cache/tag-render";
import { buildArticleMetadata } from "@/lib/seo/build-article-metadata";
import { buildBreadcrumbJsonLd } from "@/lib/seo/build-breadcrumb-json-ld";
import { buildNewsArticleJsonLd } from "@/lib/seo/build-news-article-json-ld";
import { redirectIfMoved } from "@/server/seo/redirect-if-moved";
import { absoluteUrl, getSiteIdentity } from "@/lib/seo/site-identity";
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
  return buildArticleMetadata(getSiteIdentity(), article);
}

// Existence and the canonical address are settled before anything renders, so a missing story
// is a real 404, a story under the wrong section or an old slug a real 308, on the very first
// request. Trashed stories never get here: proxy.ts answers 410 for them.
export default async function ArticlePage({ params }: Props) {
  const { category, slug } = await params;
  if (!isValidSlug(slug) || !isValidSlug(category)) notFound();
  const article = loadArticle(slug);
  if (!article) {
    const moved = redirectIfMoved(`/${category}/${slug}`);
    if (moved) await moved;
    notFound();
  }
  if (article.category.slug !== category) {
    // Tagged like the article, so the cached redirect follows the story if it moves section.
    await tagRender(cacheTags.article(article.id));
    permanentRedirect(article.path);
  }
  await tagRender(
    cacheTags.article(article.id),
    ...article.related.map((related) => cacheTags.article(related.id)),
  );
  const site = getSiteIdentity();
  return (
    <>
      <JsonLd
        data={[
          buildNewsArticleJsonLd(site, { ...article, description: article.seoDescription }),
          buildBreadcrumbJsonLd(site, [
            { name: article.category.name, path: `/${article.category.slug}` },
            { name: article.title, path: article.path },
          ]),
        ]}
      />
      <ArticleView article={article} url={absoluteUrl(site, article.path)} aside={<MostRead />} />
      <DataSaverLink path={article.path} className="mx-auto max-w-6xl px-4 text-sm text-muted" />
      <ViewBeacon articleId={article.id} />
    </>
  );
}
