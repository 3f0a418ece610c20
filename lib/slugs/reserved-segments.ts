import { isValidSlug } from "./is-valid-slug";

// First path segments the application itself answers; a category or page with one of these
// slugs would be unreachable. Kept in step with app/, public/ and next.config.ts by
// reserved-segments.test.ts.
export const RESERVED_SEGMENTS = [
  "admin",
  "api",
  "author",
  "gone",
  "home",
  "lite",
  "media",
  "page",
  "search",
  "tag",
  "_next",
  "feed.xml",
  "sitemap.xml",
  "news-sitemap.xml",
  "robots.txt",
  "sitemaps",
  "favicon.ico",
  "icon.svg",
  "logo-mark.svg",
  "publisher-logo.png",
  "manifest.webmanifest",
] as const;

const reserved = new Set<string>(RESERVED_SEGMENTS);

export function isReservedSegment(segment: string): boolean {
  return reserved.has(segment.toLowerCase());
}

// Categories and site pages share the first path segment.
export function isAllowedSectionSlug(slug: string): boolean {
  return isValidSlug(slug) && !isReservedSegment(slug);
}
