import { FIRST_SEGMENTS } from "./first-segments";
import { isValidSlug } from "./is-valid-slug";

// First path segments the application itself answers (lib/slugs/first-segments.ts); a category
// or page with one of these slugs would be unreachable. Kept in step with app/, public/ and
// next.config.ts by slugs.test.ts.
export const RESERVED_SEGMENTS = Object.keys(FIRST_SEGMENTS) as readonly string[];

const reserved = new Set<string>(RESERVED_SEGMENTS);

export function isReservedSegment(segment: string): boolean {
  return reserved.has(segment.toLowerCase());
}

// Categories and site pages share the first path segment.
export function isAllowedSectionSlug(slug: string): boolean {
  return isValidSlug(slug) && !isReservedSegment(slug);
}
