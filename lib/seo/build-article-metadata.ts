import type { Metadata } from "next";
import type { ArticleView } from "@/db/queries/view-types";
import { buildPageMetadata } from "./build-page-metadata";
import { editorialModifiedAt } from "./editorial-modified-at";
import type { SiteIdentity } from "./site-identity";

export type ArticleMetadataInput = Pick<
  ArticleView,
  "path" | "title" | "standfirst" | "publishedAt" | "modifiedAt" | "category" | "authors" | "tags"
> & {
  hero: ArticleView["hero"];
  seoTitle?: string | null;
  seoDescription?: string | null;
};

// The editors' search title and description win where they wrote one.
export function buildArticleMetadata(site: SiteIdentity, article: ArticleMetadataInput): Metadata {
  return buildPageMetadata(site, {
    title: article.seoTitle || article.title,
    description: article.seoDescription || article.standfirst,
    path: article.path,
    image: article.hero,
    feed: {
      path: `/${article.category.slug}/feed.xml`,
      title: `${site.name}: ${article.category.name}`,
    },
    article: {
      publishedAt: article.publishedAt,
      modifiedAt: editorialModifiedAt(article),
      section: article.category.name,
      tags: article.tags.map((tag) => tag.name),
      authorPaths: article.authors.map((author) => `/author/${author.slug}`),
    },
  });
}
