import "server-only";
import { cacheTags } from "@/lib/cache/cache-tags";
import { getNewsSitemapArticles } from "@/db/queries/get-news-sitemap-articles";
import { getSitemap } from "@/db/queries/get-sitemap";
import { getSitemapIndex } from "@/db/queries/get-sitemap-index";
import {
  buildNewsSitemapXml,
  buildSitemapIndexXml,
  buildUrlSetXml,
} from "@/lib/seo/build-sitemap-xml";
import { getCachedDocument } from "./cached-document";
import { toCachedDocument, type CachedDocument } from "./conditional-response";
import { sitemapPath, type SitemapName } from "@/lib/seo/sitemap-chunks";
import { absoluteUrl, getSiteIdentity } from "@/lib/seo/site-identity";

const SITEMAP_REVALIDATE_SECONDS = 3600;
// The news sitemap's 48-hour window moves with the clock, not only on publish.
const NEWS_SITEMAP_REVALIDATE_SECONDS = 300;

function newest(dates: (Date | null)[]): Date | null {
  const times = dates.flatMap((date) => (date ? [date.getTime()] : []));
  return times.length > 0 ? new Date(Math.max(...times)) : null;
}

export function getSitemapIndexDocument(): Promise<CachedDocument | null> {
  const site = getSiteIdentity();
  return getCachedDocument(
    ["sitemap-index", site.url],
    [cacheTags.sitemaps],
    SITEMAP_REVALIDATE_SECONDS,
    () => {
      const entries = getSitemapIndex();
      const xml = buildSitemapIndexXml(
        entries.map((entry) => ({
          loc: absoluteUrl(site, sitemapPath(entry.name)),
          lastModified: entry.lastModified,
        })),
      );
      return toCachedDocument(xml, newest(entries.map((entry) => entry.lastModified)));
    },
  );
}

export function getSitemapDocument(name: SitemapName): Promise<CachedDocument | null> {
  const site = getSiteIdentity();
  return getCachedDocument(
    ["sitemap", site.url, sitemapPath(name)],
    [cacheTags.sitemaps],
    SITEMAP_REVALIDATE_SECONDS,
    () => {
      const entries = getSitemap(name);
      if (!entries) return null;
      const xml = buildUrlSetXml(
        entries.map((entry) => ({
          loc: absoluteUrl(site, entry.path),
          lastModified: entry.lastModified,
          images: entry.imagePaths.map((path) => absoluteUrl(site, path)),
        })),
      );
      return toCachedDocument(xml, newest(entries.map((entry) => entry.lastModified)));
    },
  );
}

export function getNewsSitemapDocument(): Promise<CachedDocument | null> {
  const site = getSiteIdentity();
  return getCachedDocument(
    ["news-sitemap", site.url],
    [cacheTags.sitemaps],
    NEWS_SITEMAP_REVALIDATE_SECONDS,
    () => {
      const articles = getNewsSitemapArticles();
      const xml = buildNewsSitemapXml(
        { name: site.name, language: site.newsLanguage },
        articles.map((article) => ({
          loc: absoluteUrl(site, article.path),
          title: article.title,
          publishedAt: article.publishedAt,
        })),
      );
      return toCachedDocument(xml, newest(articles.map((article) => article.publishedAt)));
    },
  );
}
