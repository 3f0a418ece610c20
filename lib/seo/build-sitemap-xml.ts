import { toNairobiIso } from "@/lib/dates/format-nairobi";
import { buildXmlDocument, text } from "./xml-document";
import { IMAGE_NS, NEWS_NS, SITEMAP_NS } from "./xml-namespaces";

export type SitemapIndexItem = { loc: string; lastModified: Date | null };

export type UrlSetItem = { loc: string; lastModified: Date | null; images: string[] };

export type NewsSitemapItem = { loc: string; title: string; publishedAt: Date };

export type NewsPublication = { name: string; language: string };

const lastmod = (date: Date | null) => (date ? toNairobiIso(date) : undefined);

export function buildSitemapIndexXml(items: SitemapIndexItem[]): string {
  return buildXmlDocument({
    sitemapindex: {
      "@xmlns": SITEMAP_NS,
      sitemap: items.map((item) => ({ loc: text(item.loc), lastmod: lastmod(item.lastModified) })),
    },
  });
}

export function buildUrlSetXml(items: UrlSetItem[]): string {
  return buildXmlDocument({
    urlset: {
      "@xmlns": SITEMAP_NS,
      "@xmlns:image": items.some((item) => item.images.length > 0) ? IMAGE_NS : undefined,
      url: items.map((item) => ({
        loc: text(item.loc),
        lastmod: lastmod(item.lastModified),
        "image:image": item.images.map((image) => ({ "image:loc": text(image) })),
      })),
    },
  });
}

export function buildNewsSitemapXml(publication: NewsPublication, items: NewsSitemapItem[]) {
  return buildXmlDocument({
    urlset: {
      "@xmlns": SITEMAP_NS,
      "@xmlns:news": NEWS_NS,
      url: items.map((item) => ({
        loc: text(item.loc),
        "news:news": {
          "news:publication": {
            "news:name": text(publication.name),
            "news:language": text(publication.language),
          },
          "news:publication_date": toNairobiIso(item.publishedAt),
          "news:title": text(item.title),
        },
      })),
    },
  });
}
