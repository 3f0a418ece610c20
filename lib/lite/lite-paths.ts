import { parsePageNumber } from "@/lib/pagination";
import { isReservedSegment } from "@/lib/slugs/reserved-segments";
import { isValidSlug } from "@/lib/slugs/is-valid-slug";

// The data-saver edition mirrors the site under one prefix: /news/x has its twin at /lite/news/x,
// the home page at /lite (docs/decisions/0012-lite-edition.md).
export const LITE_PREFIX = "/lite";

export function litePathOf(fullPath: string): string {
  return fullPath === "/" ? LITE_PREFIX : `${LITE_PREFIX}${fullPath}`;
}

// The full page a lite path stands for, or null when the path is not in the lite edition.
export function fullPathOf(litePath: string): string | null {
  if (litePath === LITE_PREFIX) return "/";
  return litePath.startsWith(`${LITE_PREFIX}/`) ? litePath.slice(LITE_PREFIX.length) : null;
}

// Root-relative links into the public site move to their lite twin; anything else (media
// files, feeds, the newsroom, other sites) is left as it is.
export function liteHrefOf(href: string): string {
  const [path = "", rest = ""] = splitHref(href);
  return hasLiteTwin(path) ? `${litePathOf(path)}${rest}` : href;
}

// Whether a full-site path is one of the page types the lite edition renders: the home page,
// sections and site pages, articles, tag and author pages, and their numbered pages. Search,
// feeds, the newsroom and files have no twin, so a data-saver reader is never sent to a 404.
export function hasLiteTwin(path: string): boolean {
  if (path === "/") return true;
  const segments = path.split("/").slice(1);
  const [first = "", second, third, fourth, ...more] = segments;
  if (more.length > 0 || !isValidSlug(first)) return false;
  const pageNumber = (raw: string | undefined) =>
    raw !== undefined && parsePageNumber(raw) !== null;
  if (first === "tag" || first === "author") {
    if (second === undefined || !isValidSlug(second)) return false;
    return third === undefined || (third === "page" && pageNumber(fourth));
  }
  if (isReservedSegment(first) || fourth !== undefined) return false;
  if (second === undefined) return true;
  if (second === "page") return pageNumber(third);
  return third === undefined && isValidSlug(second);
}

function splitHref(href: string): [string, string] {
  const index = href.search(/[?#]/);
  return index === -1 ? [href, ""] : [href.slice(0, index), href.slice(index)];
}
