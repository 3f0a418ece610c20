import "server-only";
import { cacheTags } from "@/lib/cache/cache-tags";
import { getFeed, type FeedScope } from "@/db/queries/get-feed";
import { buildFeedXml, feedLastModified } from "@/lib/seo/build-feed-xml";
import { getCachedDocument } from "./cached-document";
import { conditionalResponse, RSS_CONTENT_TYPE, toCachedDocument } from "./conditional-response";
import { missingResponse } from "./missing-response";
import { getSiteIdentity } from "@/lib/seo/site-identity";

const FEED_REVALIDATE_SECONDS = 3600;

function scopePath(scope: FeedScope): string {
  switch (scope.kind) {
    case "all":
      return "/";
    case "category":
      return `/${scope.slug}`;
    case "tag":
      return `/tag/${scope.slug}`;
    case "author":
      return `/author/${scope.slug}`;
  }
}

function feedPath(scope: FeedScope): string {
  return scope.kind === "all" ? "/feed.xml" : `${scopePath(scope)}/feed.xml`;
}

// The RSS route of every feed: the site's, a section's, a tag's and an author's.
export async function serveFeed(request: Request, scope: FeedScope): Promise<Response> {
  const site = getSiteIdentity();
  const path = feedPath(scope);
  const doc = await getCachedDocument(
    ["feed", site.url, path],
    [cacheTags.feeds],
    FEED_REVALIDATE_SECONDS,
    () => {
      const feed = getFeed(scope);
      if (!feed) return null;
      const subject = feed.subject;
      const xml = buildFeedXml(
        site,
        {
          path: scopePath(scope),
          feedPath: path,
          title: subject ? `${site.name}: ${subject.name}` : site.name,
          description: subject?.description || site.description,
        },
        feed.items,
      );
      return toCachedDocument(xml, feedLastModified(feed.items));
    },
  );
  return doc
    ? conditionalResponse(request, doc, RSS_CONTENT_TYPE, [cacheTags.feeds])
    : missingResponse(path);
}
