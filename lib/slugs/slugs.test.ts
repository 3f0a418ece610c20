import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isValidSlug, MAX_SLUG_LENGTH } from "./is-valid-slug";
import { RESERVED_SEGMENTS, isAllowedSectionSlug } from "./reserved-segments";

// The first path segments the code answers: static folders in app/ (route groups looked
// through, dynamic and private folders skipped), root files in app/ and public/.
function firstSegmentsOfTheApp(dir = path.resolve("app")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      if (/^\(.*\)$/.test(entry.name)) return firstSegmentsOfTheApp(path.join(dir, entry.name));
      if (entry.name.startsWith("[") || entry.name.startsWith("_")) return [];
      return [entry.name];
    }
    const routeFile = /^(sitemap|robots|icon|apple-icon|favicon|manifest|opengraph-image)\./;
    return routeFile.test(entry.name) ? [entry.name.replace(/\.(ts|tsx)$/, "")] : [];
  });
}

describe("slug grammar", () => {
  it("accepts lowercase words joined by single hyphens", () => {
    expect(isValidSlug("haiti-mission-2026")).toBe(true);
  });

  it.each(["", "Haiti", "haiti--mission", "-haiti", "haiti-", "haiti mission", "haïti", "a/b"])(
    "rejects %j",
    (slug) => expect(isValidSlug(slug)).toBe(false),
  );

  it("rejects slugs longer than the limit", () => {
    expect(isValidSlug("a".repeat(MAX_SLUG_LENGTH))).toBe(true);
    expect(isValidSlug("a".repeat(MAX_SLUG_LENGTH + 1))).toBe(false);
  });
});

describe("reserved first segments", () => {
  it("include every first segment that app/ and public/ answer", () => {
    const fromCode = [...firstSegmentsOfTheApp(), ...fs.readdirSync(path.resolve("public"))];
    for (const segment of fromCode) {
      expect(RESERVED_SEGMENTS, `${segment} must be reserved`).toContain(
        segment === "icon" ? "icon.svg" : segment,
      );
    }
  });

  it("include the rewrites and redirects of next.config.ts", () => {
    const config = fs.readFileSync(path.resolve("next.config.ts"), "utf8");
    const internal = [...config.matchAll(/["'`]\/([a-z_-]+)\//g)].map((match) => match[1]);
    for (const segment of internal) expect(RESERVED_SEGMENTS).toContain(segment);
  });

  it("can never be category or page slugs", () => {
    for (const segment of RESERVED_SEGMENTS) expect(isAllowedSectionSlug(segment)).toBe(false);
  });
});
