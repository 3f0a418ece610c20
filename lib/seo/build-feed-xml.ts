import type { FeedItem } from "@/db/queries/get-feed";
import { renderBodyHtml } from "@/lib/body/render-body-html";
import { buildRssXml } from "./build-rss-xml";
import { socialImage } from "./build-page-metadata";
import { editorialModifiedAt } from "./editorial-modified-at";
import { absoluteUrl, type SiteIdentity } from "./site-identity";

export type FeedChannelInput = {
  // The page the feed follows (/, /news, /tag/x, /author/y) and the feed's own path.
  path: string;
  feedPath: string;
  title: string;
  description: string;
};

// The newest editorial change among the items: the feed's lastBuildDate and Last-Modified.
export function feedLastModified(items: Pick<FeedItem, "publishedAt" | "modifiedAt">[]) {
  const times = items.map((item) => editorialModifiedAt(item).getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : null;
}

// The bodies go through the same renderer as the pages, with links and images made absolute
// because a feed is read away from the site.
export function buildFeedXml(site: SiteIdentity, channel: FeedChannelInput, items: FeedItem[]) {
  return buildRssXml(
    {
      title: channel.title,
      link: absoluteUrl(site, channel.path),
      selfUrl: absoluteUrl(site, channel.feedPath),
      description: channel.description,
      language: site.language,
      lastBuildDate: feedLastModified(items),
      image: { url: site.logo.url, title: channel.title, link: absoluteUrl(site, channel.path) },
    },
    items.map((item) => {
      const image = item.hero ? socialImage(site, item.hero) : null;
      return {
        title: item.title,
        link: absoluteUrl(site, item.path),
        pubDate: item.publishedAt,
        authors: item.authors.map((author) => author.name),
        categories: [item.category.name, ...item.tags.map((tag) => tag.name)],
        description: item.standfirst,
        contentHtml: renderBodyHtml(item.body, { linkBase: site.url }),
        image: image ? { ...image, credit: item.hero?.credit ?? null } : null,
      };
    }),
  );
}
