import { NextResponse, type NextRequest } from "next/server";
import { isTrashedArticleSlug } from "./gone-articles";

// Addresses proxy.ts looks at: two lowercase slug segments, as an article has. Anything under
// app-owned first segments is skipped. The gone page's own address is gone too, so it never
// answers 200.
const ARTICLE_PATH = /^\/([a-z0-9-]+)\/([a-z0-9-]+)$/;
const NOT_ARTICLES = new Set(["admin", "api", "author", "media", "page", "search", "tag"]);

// 410 Gone with the designed page, for a story in the trash. Article pages cannot set that
// status themselves (notFound() is 404 only), so the proxy answers before the page cache is
// consulted; the check reads no table (lib/seo/gone-articles.ts).
export function goneResponse(request: NextRequest): NextResponse | null {
  const match = ARTICLE_PATH.exec(request.nextUrl.pathname);
  if (!match) return null;
  const [, first, second] = match;
  const gone =
    first === "gone" || (!NOT_ARTICLES.has(first ?? "") && isTrashedArticleSlug(second ?? ""));
  if (!gone) return null;
  const url = request.nextUrl.clone();
  url.pathname = "/gone/article";
  url.search = "";
  return NextResponse.rewrite(url, { status: 410 });
}
