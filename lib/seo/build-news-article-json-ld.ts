import type { ArticleView } from "@/db/queries/view-types";
import { toNairobiIso } from "@/lib/dates/format-nairobi";
import { cropRenditions } from "@/lib/media/crop-renditions";
import { buildPublisherJsonLd } from "./build-organization-json-ld";
import { editorialModifiedAt } from "./editorial-modified-at";
import { type JsonLd, SCHEMA_CONTEXT } from "./json-ld-types";
import { absoluteUrl, type SiteIdentity } from "./site-identity";
import { truncateText } from "./truncate-text";

// Google shows at most 110 characters of a headline and asks for no more.
export const MAX_HEADLINE_LENGTH = 110;

export type NewsArticleInput = Pick<
  ArticleView,
  | "path"
  | "title"
  | "standfirst"
  | "publishedAt"
  | "modifiedAt"
  | "category"
  | "authors"
  | "tags"
  | "hero"
  | "wordCount"
> & { description?: string | null };

export function buildNewsArticleJsonLd(site: SiteIdentity, article: NewsArticleInput): JsonLd {
  const url = absoluteUrl(site, article.path);
  const data: JsonLd = {
    "@context": SCHEMA_CONTEXT,
    "@type": "NewsArticle",
    "@id": `${url}#article`,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: truncateText(article.title, MAX_HEADLINE_LENGTH),
    description: article.description || article.standfirst,
    datePublished: toNairobiIso(article.publishedAt),
    dateModified: toNairobiIso(editorialModifiedAt(article)),
    // An unsigned story (agency copy, an editorial) is credited to the newsroom itself.
    author:
      article.authors.length > 0
        ? article.authors.map((author) => ({
            "@type": "Person",
            name: author.name,
            url: absoluteUrl(site, `/author/${author.slug}`),
            ...(author.jobTitle ? { jobTitle: author.jobTitle } : {}),
          }))
        : [{ "@type": "NewsMediaOrganization", name: site.name, url: absoluteUrl(site, "/") }],
    publisher: buildPublisherJsonLd(site),
    articleSection: article.category.name,
    keywords: article.tags.map((tag) => tag.name),
    isAccessibleForFree: true,
    inLanguage: site.language,
    wordCount: article.wordCount,
  };
  // Google picks the best fit among several aspect ratios for each surface (Top stories,
  // Discover, carousels): the crops made at upload.
  if (article.hero) {
    data.image = cropRenditions(article.hero).map((crop) => ({
      "@type": "ImageObject",
      url: absoluteUrl(site, crop.url),
      width: crop.width,
      height: crop.height,
    }));
  }
  return data;
}
