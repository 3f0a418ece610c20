// Every first path segment the application answers itself, and what each is. A category or site
// page with one of these slugs would be unreachable (lib/slugs/reserved-segments.ts); the page
// cache's key (server/page-cache/page-cache-key.ts) and the trash check
// (server/seo/is-gone-article-path.ts) read their rules from here. Next and Varnish need literal
// copies (the proxy.ts matcher, PUBLIC_PAGES in next.config.ts, deploy/varnish/gazeti.vcl):
// first-segments.test.ts holds them to this table, and slugs.test.ts holds it to app/ and public/.
export type FirstSegment = {
  // What answers under /{segment}.
  is: string;
  // Which caches in front of Next keep its answers. Unset: like any public page.
  //   private    none: Varnish passes them, the page cache skips them, and next.config.ts gives
  //              them no public Cache-Control (they send no-store themselves);
  //   per-query  not the page cache (one answer per query), no public Cache-Control;
  //   files      not the page cache: files already compressed, with their own Cache-Control,
  //              and named by content, so never lowercased by proxy.ts;
  //   next       Next's own files, likewise; the page cache keeps only the content-hashed
  //              /_next/static scripts and styles (compressed once, at the best ratio).
  caching?: "private" | "per-query" | "files" | "next";
  // Its two-segment addresses are the application's own, never a story's: the trash check in
  // proxy.ts skips them. (Other reserved segments hold no story either; checking them is
  // harmless, and they are rarely asked for.)
  notStories?: true;
  // Every two-segment address under it answers 410 Gone.
  gone?: true;
};

const TABLE = {
  admin: { is: "the newsroom and draft previews", caching: "private", notStories: true },
  api: {
    is: "route handlers: health, views, uploads, internal",
    caching: "private",
    notStories: true,
  },
  author: { is: "author pages and their feeds", notStories: true },
  gone: { is: "the page a story in the trash answers with (410)", gone: true },
  home: { is: "the home page's internal route (/ is rewritten to it)" },
  lite: { is: "the zero-JavaScript data-saver edition (pages/lite/, docs/decisions/0012)" },
  media: { is: "image renditions", caching: "files", notStories: true },
  page: { is: "page numbers of listings (/{section}/page/{n})", notStories: true },
  search: { is: "search results", caching: "per-query", notStories: true },
  tag: { is: "topic pages and their feeds", notStories: true },
  _next: { is: "Next's scripts, styles and data", caching: "next", notStories: true },
  "feed.xml": { is: "the RSS feed of the whole site" },
  "sitemap.xml": { is: "the sitemap index" },
  "news-sitemap.xml": { is: "the Google News sitemap" },
  "robots.txt": { is: "crawler rules" },
  sitemaps: { is: "sitemap chunks" },
  "favicon.ico": { is: "the icon browsers ask for by default" },
  "icon.svg": { is: "the site icon (app/icon.svg)" },
  "logo-mark.svg": { is: "the logo (public/)" },
  "publisher-logo.png": { is: "the logo search engines show (public/)" },
  "manifest.webmanifest": { is: "the web app manifest" },
} as const satisfies Record<string, FirstSegment>;

export type FirstSegmentName = keyof typeof TABLE;

export const FIRST_SEGMENTS: Readonly<Record<FirstSegmentName, FirstSegment>> = TABLE;

// The segments whose entry satisfies `where`, in the table's order.
export function firstSegmentsWhere(where: (segment: FirstSegment) => boolean): FirstSegmentName[] {
  return (Object.keys(FIRST_SEGMENTS) as FirstSegmentName[]).filter((name) =>
    where(FIRST_SEGMENTS[name]),
  );
}
