import { describe, expect, it } from "vitest";
import { articleInputSchema } from "./article-input-schema";
import { breakingUntil } from "./breaking-until";
import { parseNairobiLocalTime } from "./parse-nairobi-local-time";
import { slugify } from "./slugify";
import { toNairobiLocalTime } from "./to-nairobi-local-time";

describe("slugs from titles", () => {
  it.each([
    ["Parliament passes the 2026 budget", "parliament-passes-the-2026-budget"],
    ["Kenya's shilling — up 3% & rising!", "kenyas-shilling-up-3-and-rising"],
    ["Café au lait in Zürich", "cafe-au-lait-in-zurich"],
    ["  --Straße--  ", "strasse"],
    ["日本", ""],
  ])("turns %j into %j", (title, slug) => expect(slugify(title)).toBe(slug));

  it("cuts long titles at a word boundary within the slug length", () => {
    const slug = slugify("word ".repeat(60));
    expect(slug.length).toBeLessThanOrEqual(120);
    expect(slug.endsWith("word")).toBe(true);
  });
});

describe("newsroom time", () => {
  it("reads a datetime-local value as Africa/Nairobi time (UTC+3)", () => {
    expect(parseNairobiLocalTime("2026-11-20T15:30")).toEqual(new Date("2026-11-20T12:30:00Z"));
    expect(parseNairobiLocalTime("2026-01-01T01:00")).toEqual(new Date("2025-12-31T22:00:00Z"));
  });

  it("refuses dates that do not exist and anything that is not a time", () => {
    for (const value of ["2026-02-30T10:00", "2026-11-20T24:00", "tomorrow", "", "2026-11-20"]) {
      expect(parseNairobiLocalTime(value)).toBeNull();
    }
  });

  it("shows an instant as the same wall-clock value the field sends", () => {
    expect(toNairobiLocalTime(new Date("2026-11-20T12:30:00Z"))).toBe("2026-11-20T15:30");
    expect(parseNairobiLocalTime(toNairobiLocalTime(new Date("2026-06-01T21:45:00Z")))).toEqual(
      new Date("2026-06-01T21:45:00Z"),
    );
  });
});

describe("the article form schema", () => {
  const valid = {
    title: " Budget passes ",
    slug: "",
    standfirst: "",
    body: { type: "doc", content: [] },
    categoryId: 1,
    tags: ["Budget", " budget ", "Treasury"],
    authorIds: [3, 3, 4],
    heroMediaId: "",
    heroCaption: "",
    seoTitle: "",
    seoDescription: "",
    featured: false,
    breaking: "on",
    publishAt: "2026-11-20T15:30",
  };

  it("normalises what the form sends", () => {
    expect(articleInputSchema.parse(valid)).toMatchObject({
      title: "Budget passes",
      tags: ["Budget", "Treasury"],
      authorIds: [3, 4],
      heroMediaId: null,
      seoTitle: null,
      breaking: true,
      publishAt: new Date("2026-11-20T12:30:00Z"),
    });
  });

  it("refuses a body that is not an editor document", () => {
    for (const body of ["<p>html</p>", { type: "paragraph" }, { type: "doc", content: "x" }]) {
      expect(articleInputSchema.safeParse({ ...valid, body }).success).toBe(false);
    }
  });

  it("refuses an impossible publish time", () => {
    const result = articleInputSchema.safeParse({ ...valid, publishAt: "2026-02-30T10:00" });
    expect(result.error?.issues[0]?.path).toEqual(["publishAt"]);
  });
});

describe("the breaking window", () => {
  const now = new Date("2026-11-20T09:00:00Z");
  it("runs six hours from when it is switched on, and keeps running while it stays on", () => {
    const until = breakingUntil(true, null, now)!;
    expect(until).toEqual(new Date("2026-11-20T15:00:00Z"));
    expect(breakingUntil(true, until, new Date("2026-11-20T11:00:00Z"))).toEqual(until);
    expect(breakingUntil(false, until, now)).toBeNull();
  });
});
