import { buildXmlDocument, text, type XmlNode } from "./xml-document";
import { ATOM_NS, CONTENT_NS, DC_NS, MEDIA_NS } from "./xml-namespaces";

export type RssChannel = {
  title: string;
  link: string;
  selfUrl: string;
  description: string;
  language: string;
  lastBuildDate: Date | null;
  image: { url: string; title: string; link: string };
};

export type RssItem = {
  title: string;
  link: string;
  pubDate: Date;
  // RSS 2.0's <author> must be an e-mail address, so bylines go in dc:creator, one per author.
  authors: string[];
  categories: string[];
  description: string;
  contentHtml: string;
  image: { url: string; width: number; height: number; alt: string; credit: string | null } | null;
};

function mediaContent(image: NonNullable<RssItem["image"]>): XmlNode {
  return {
    "@url": text(image.url),
    "@type": "image/jpeg",
    "@medium": "image",
    "@width": String(image.width),
    "@height": String(image.height),
    "media:description": image.alt ? text(image.alt) : undefined,
    "media:credit": image.credit ? text(image.credit) : undefined,
  };
}

// RSS 2.0 with content:encoded (the full body), media:content (the hero image) and
// atom:link rel="self". Every title and body is a text node, so "]]>" or "</item>" in a headline
// is only text.
export function buildRssXml(channel: RssChannel, items: RssItem[]): string {
  return buildXmlDocument({
    rss: {
      "@version": "2.0",
      "@xmlns:content": CONTENT_NS,
      "@xmlns:atom": ATOM_NS,
      "@xmlns:media": MEDIA_NS,
      "@xmlns:dc": DC_NS,
      channel: {
        title: text(channel.title),
        link: text(channel.link),
        description: text(channel.description),
        language: text(channel.language),
        lastBuildDate: channel.lastBuildDate?.toUTCString(),
        "atom:link": {
          "@href": text(channel.selfUrl),
          "@rel": "self",
          "@type": "application/rss+xml",
        },
        image: {
          url: text(channel.image.url),
          title: text(channel.image.title),
          link: text(channel.image.link),
        },
        item: items.map((item) => ({
          title: text(item.title),
          link: text(item.link),
          guid: { "@isPermaLink": "true", "#text": text(item.link) },
          pubDate: item.pubDate.toUTCString(),
          "dc:creator": item.authors.map(text),
          category: item.categories.map(text),
          description: text(item.description),
          "content:encoded": text(item.contentHtml),
          "media:content": item.image ? mediaContent(item.image) : undefined,
        })),
      },
    },
  });
}
