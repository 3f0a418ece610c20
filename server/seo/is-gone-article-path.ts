import { firstSegmentsWhere } from "@/lib/slugs/first-segments";
import { isTrashedArticleSlug } from "./gone-articles";

// Addresses that may be a story's: two lowercase slug segments. Anything under the app's own
// first segments is skipped (lib/slugs/first-segments.ts). The gone page's own address is gone
// too, so it never answers 200.
const ARTICLE_PATH = /^\/([a-z0-9-]+)\/([a-z0-9-]+)$/;
const NOT_ARTICLES = new Set<string>(firstSegmentsWhere(({ notStories }) => notStories === true));
const ALWAYS_GONE = new Set<string>(firstSegmentsWhere(({ gone }) => gone === true));

// Whether this address belongs to a story in the trash (or is the gone page itself). Reads no
// table on most calls (server/seo/gone-articles.ts).
export function isGoneArticlePath(pathname: string): boolean {
  const match = ARTICLE_PATH.exec(pathname);
  if (!match) return false;
  const [, first, second] = match;
  return (
    ALWAYS_GONE.has(first ?? "") ||
    (!NOT_ARTICLES.has(first ?? "") && isTrashedArticleSlug(second ?? ""))
  );
}
